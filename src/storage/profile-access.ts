/**
 * Opening and removing profiles, with their locks: unlocking with a
 * passphrase (slowed by growing waits after wrong ones, which survive a
 * reload, hold across tabs and are not shortened by changing the device's
 * clock; see unlock-attempts-repo.ts and decision 0020), and "remove my
 * data", which deletes the wrapped key first so anything left on disk is
 * unreadable, then the profile's database.
 */
import Dexie from 'dexie';
import { WrongSecretError } from '../domain/crypto/data-key.ts';
import { removeCoacheeDatabases } from './coaching/coach-space.ts';
import { COACHEE_DB_PREFIX, coacheeDatabasePrefix } from './coaching/coachee-names.ts';
import type { DirectoryDatabase } from './directory.ts';
import { guard } from './errors.ts';
import type { OpenOptions } from './open-versioned.ts';
import type { ProfileConnection } from './profile-connection.ts';
import { openProfileDatabase, profileDatabaseName } from './profile-connection.ts';
import { readVaultDescriptor, unlockVault } from './profile-vault.ts';
import type { ProfileRecord } from './repositories/profiles-repo.ts';
import { deleteProfileRecord, listProfileEntries, updateProfile } from './repositories/profiles-repo.ts';
import { isRestoringElsewhere } from './lifecycle/profile-locks.ts';
import { clearAttempts, countAttempt } from './repositories/unlock-attempts-repo.ts';
import { CryptoVault } from './vault/crypto-vault.ts';
import { VAULT_META_KEY } from './vault/vault-descriptor.ts';
import { systemClock } from './wait-clock.ts';
import { keepWaitTime } from './wait-keeper.ts';

/** Too many wrong passphrases: the next attempt is allowed in `wait` ms. */
export class UnlockWaitError extends Error {
  /** Epoch ms when the wait ends, by this device's clock when it was refused (which a person can change: count down `wait` instead). */
  readonly retryAt: number;
  /** Milliseconds left when the attempt was refused. */
  readonly wait: number;
  constructor(retryAt: number, wait: number = Math.max(0, retryAt - Date.now())) {
    super('Too many wrong attempts. Please wait before trying again.');
    this.name = 'UnlockWaitError';
    this.retryAt = retryAt;
    this.wait = wait;
  }
}

/**
 * A profile the directory lists as plain turned out to be encrypted on disk
 * (a passphrase was set and the tab closed before the directory said so).
 * The directory has been corrected; the profile needs its passphrase.
 */
export class NeedsPassphraseError extends Error {
  constructor() {
    super('This profile has a passphrase. Enter it to open the profile.');
    this.name = 'NeedsPassphraseError';
  }
}

export interface OpenedProfile {
  connection: ProfileConnection;
}

/**
 * Opens a profile with its secret (null for a profile with no passphrase).
 * A secret is counted as an attempt before its key is derived (in one
 * transaction with the check of the wait), and a correct one clears the
 * count. `now` (the wall clock) and `elapsed` (a steady clock) are for tests.
 * @throws UnlockWaitError while a wait after wrong attempts is running
 * @throws WrongSecretError for a wrong passphrase (already counted)
 * @throws StorageError 'read-only' for a secret when this app may not write the directory, so could not count it
 * @throws NeedsPassphraseError for no secret when the profile's own descriptor says it is encrypted (the directory is corrected first)
 */
export async function accessProfile(
  directory: DirectoryDatabase,
  profile: ProfileRecord,
  secret: string | null,
  options: OpenOptions = {},
  now: () => number = systemClock.now,
  elapsed: () => number = systemClock.elapsed,
): Promise<OpenedProfile> {
  if (secret !== null) {
    const wait = await countAttempt(directory, profile.id, { now, elapsed });
    if (wait > 0) {
      keepWaitTime(directory);
      throw new UnlockWaitError(now() + wait, wait);
    }
  }

  const database = await openProfileDatabase(profile.id, options);
  try {
    // The profile's own descriptor is the truth; the directory's scheme is a copy that can lag behind it.
    const descriptor = await readVaultDescriptor(database);
    if (profile.vault.scheme !== descriptor.scheme && !directory.readOnly) {
      await updateProfile(directory, profile.id, { vault: { scheme: descriptor.scheme } });
    }
    if (secret === null && descriptor.scheme === 'aes-gcm') throw new NeedsPassphraseError();
    const { vault } = await unlockVault(profile.id, descriptor, secret);
    if (secret !== null) await clearAttempts(directory, profile.id);
    return { connection: { profileId: profile.id, database, vault } };
  } catch (error) {
    database.db.close();
    if (error instanceof WrongSecretError) keepWaitTime(directory); // a wait may have begun: count its time in this tab
    throw error;
  }
}

/**
 * Opens an encrypted profile with its data key, already unwrapped in this
 * session (the quick-unlock PIN keeps it wrapped in memory only).
 */
export async function accessProfileWithKey(profile: ProfileRecord, dataKey: CryptoKey, options: OpenOptions = {}): Promise<OpenedProfile> {
  const database = await openProfileDatabase(profile.id, options);
  return { connection: { profileId: profile.id, database, vault: new CryptoVault(profile.id, dataKey) } };
}

/**
 * Removes everything of one profile from this device: first its wrapped key
 * (so any copy of what remains is unreadable), then its directory entry, then
 * its database, then (a coach space) its coachees' databases. Other profiles
 * are untouched. The caller checks the
 * passphrase first, with accessProfile. A database left behind (the deletion
 * failed, or the tab closed first) is swept by removeOrphanProfileDatabases.
 */
export async function removeProfileData(directory: DirectoryDatabase, connection: ProfileConnection): Promise<void> {
  const { database, profileId } = connection;
  await guard(() => database.db.table('meta').delete(VAULT_META_KEY));
  database.db.close();
  await deleteProfileRecord(directory, profileId);
  await guard(() => Dexie.delete(profileDatabaseName(profileId)));
  await removeCoacheeDatabases(profileId); // unreadable already: their keys were in the database just deleted
}

/**
 * Removes every profile still marked `restoring` whose restore no tab is
 * running (the tab closed or was killed mid-restore), then deletes every
 * profile database with no entry in the directory, and every coachee
 * database whose coach profile has none: what a removal or such a restore
 * left behind. Run at start; an app that may not write (read-only
 * directory) leaves them.
 */
export async function removeOrphanProfileDatabases(directory: DirectoryDatabase): Promise<void> {
  if (directory.readOnly) return;
  for (const profile of await listProfileEntries(directory)) {
    if (profile.restoring && !(await isRestoringElsewhere(profile.id))) await deleteProfileRecord(directory, profile.id);
  }
  if (typeof indexedDB === 'undefined' || !indexedDB.databases) return;
  const entries = await listProfileEntries(directory);
  const listed = new Set(entries.map((p) => profileDatabaseName(p.id)));
  const coacheePrefixes = entries.map((p) => coacheeDatabasePrefix(p.id));
  const prefix = profileDatabaseName('');
  const all = (await guard(() => indexedDB.databases())).map((d) => d.name ?? '');
  const names = all.filter((n) => n.startsWith(prefix) && !listed.has(n));
  // A coachee database whose coach profile is gone (removed, or a restore swept above): its key went with the profile.
  const coachees = all.filter((n) => n.startsWith(COACHEE_DB_PREFIX) && !coacheePrefixes.some((p) => n.startsWith(p)));
  await Promise.all([...names, ...coachees].map((name) => guard(() => Dexie.delete(name))));
}
