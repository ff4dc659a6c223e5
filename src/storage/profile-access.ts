/**
 * Opening and removing profiles, with their locks: unlocking with a
 * passphrase (slowed by growing delays after wrong ones, which survive a
 * reload), and "remove my data", which deletes the wrapped key first so
 * anything left on disk is unreadable, then the profile's database.
 */
import Dexie from 'dexie';
import { WrongSecretError } from '../domain/crypto/data-key.ts';
import { nextAttemptAt, recordFailure } from '../domain/crypto/retry-delay.ts';
import type { DirectoryDatabase } from './directory.ts';
import { guard } from './errors.ts';
import type { OpenOptions } from './open-versioned.ts';
import type { ProfileConnection } from './profile-connection.ts';
import { openProfileDatabase, profileDatabaseName } from './profile-connection.ts';
import { readVaultDescriptor, unlockVault } from './profile-vault.ts';
import type { ProfileRecord } from './repositories/profiles-repo.ts';
import { deleteProfileRecord, updateProfile } from './repositories/profiles-repo.ts';
import { clearFailures, getFailures, putFailures } from './repositories/unlock-attempts-repo.ts';
import { CryptoVault } from './vault/crypto-vault.ts';
import { VAULT_META_KEY } from './vault/vault-descriptor.ts';

/** Too many wrong passphrases: the next attempt is allowed from `retryAt` (epoch ms). */
export class UnlockWaitError extends Error {
  readonly retryAt: number;
  constructor(retryAt: number) {
    super('Too many wrong attempts. Please wait before trying again.');
    this.name = 'UnlockWaitError';
    this.retryAt = retryAt;
  }
}

export interface OpenedProfile {
  connection: ProfileConnection;
  /** The data key of an encrypted profile (for a session PIN or a passphrase change); null for a plain one. */
  dataKey: CryptoKey | null;
}

/**
 * Opens a profile with its secret (null for a profile with no passphrase).
 * @throws UnlockWaitError while a delay after wrong attempts is running
 * @throws WrongSecretError for a wrong passphrase (the failure is recorded first)
 */
export async function accessProfile(
  directory: DirectoryDatabase,
  profile: ProfileRecord,
  secret: string | null,
  options: OpenOptions = {},
  now = Date.now,
): Promise<OpenedProfile> {
  const failures = await getFailures(directory, profile.id);
  const allowedAt = nextAttemptAt(failures);
  if (allowedAt > now()) throw new UnlockWaitError(allowedAt);

  const database = await openProfileDatabase(profile.id, options);
  const descriptor = await readVaultDescriptor(database);
  try {
    const { vault, dataKey } = await unlockVault(profile.id, descriptor, secret);
    if (failures) await clearFailures(directory, profile.id);
    if (profile.vault.scheme !== descriptor.scheme && !directory.readOnly) {
      await updateProfile(directory, profile.id, { vault: { scheme: descriptor.scheme } });
    }
    return { connection: { profileId: profile.id, database, vault }, dataKey };
  } catch (error) {
    database.db.close();
    if (error instanceof WrongSecretError) await putFailures(directory, profile.id, recordFailure(failures, now()));
    throw error;
  }
}

/**
 * Opens an encrypted profile with its data key, already unwrapped in this
 * session (the quick-unlock PIN keeps it wrapped in memory only).
 */
export async function accessProfileWithKey(profile: ProfileRecord, dataKey: CryptoKey, options: OpenOptions = {}): Promise<OpenedProfile> {
  const database = await openProfileDatabase(profile.id, options);
  return { connection: { profileId: profile.id, database, vault: new CryptoVault(profile.id, dataKey) }, dataKey };
}

/**
 * Removes everything of one profile from this device: first its wrapped key
 * (so any copy of what remains is unreadable), then its directory entry, then
 * its database. Other profiles are untouched. The caller checks the
 * passphrase first, with accessProfile.
 */
export async function removeProfileData(directory: DirectoryDatabase, connection: ProfileConnection): Promise<void> {
  const { database, profileId } = connection;
  await guard(() => database.db.table('meta').delete(VAULT_META_KEY));
  database.db.close();
  await deleteProfileRecord(directory, profileId);
  await guard(() => Dexie.delete(profileDatabaseName(profileId)));
}
