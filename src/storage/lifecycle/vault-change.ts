/**
 * A change of a profile's vault (a passphrase set or changed, the data
 * removed), made so that it reaches every other tab before that tab writes
 * again: announce it, take the profile's lock exclusively (other tabs save
 * with the old vault, close and let go; one that cannot is overtaken after
 * EXCLUSIVE_WAIT_MS), make the change, let go, and say it is done.
 */
import type { ProfileConnection } from '../profile-connection.ts';
import { releaseLockFor } from './held-profile.ts';
import { holdShared, withExclusive } from './profile-locks.ts';
import { announceVault } from './vault-channel.ts';

/**
 * Runs `change` as a vault change of `connection`'s profile. With `keepOpen`,
 * this tab takes its shared hold back afterwards (it keeps the profile open).
 */
export async function changeVault<T>(connection: ProfileConnection, change: () => Promise<T>, options: { keepOpen: boolean }): Promise<T> {
  const { profileId } = connection;
  announceVault('vault-changing', profileId);
  const retake = releaseLockFor(connection);
  try {
    return await withExclusive(profileId, change);
  } finally {
    if (options.keepOpen) retake(await holdShared(profileId));
    announceVault('vault-changed', profileId);
  }
}
