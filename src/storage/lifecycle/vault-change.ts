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
  changingHere.set(profileId, (changingHere.get(profileId) ?? 0) + 1);
  announceVault('vault-changing', profileId);
  const retake = releaseLockFor(connection);
  try {
    return await withExclusive(profileId, change);
  } finally {
    if (options.keepOpen) retake(await holdShared(profileId));
    const count = (changingHere.get(profileId) ?? 1) - 1;
    if (count > 0) changingHere.set(profileId, count);
    else changingHere.delete(profileId);
    announceVault('vault-changed', profileId);
  }
}

/** Profiles whose vault this tab is changing now (a count, since changes may overlap). */
const changingHere = new Map<string, number>();

/**
 * Whether this tab is changing `profileId`'s vault itself. Another tab's
 * announcement about that profile is then not a reason to let go of it: the
 * change needs the vault it has, and the two changes are kept apart by the
 * profile's lock and by encryptProfile's check of the descriptor.
 */
export function isChangingHere(profileId: string): boolean {
  return changingHere.has(profileId);
}
