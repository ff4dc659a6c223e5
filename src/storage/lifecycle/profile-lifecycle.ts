/**
 * A profile's lifecycle, in one place: create, open (with a passphrase, none,
 * or the session PIN), set or change the passphrase, set the PIN, lock, remove
 * its data, and the guest session. The session store calls these and keeps
 * only who is open; the data key lives in the connection's vault and nowhere
 * else, and every change of a vault goes through changeVault, so it reaches
 * every tab before another write.
 */
import { sweepCoacheeDatabases } from '../coaching/coach-space.ts';
import type { DirectoryDatabase } from '../directory.ts';
import type { OpenOptions } from '../open-versioned.ts';
import { accessProfile, accessProfileWithKey, removeProfileData } from '../profile-access.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { changePassphrase as rewrapPassphrase, encryptProfile, readVaultDescriptor } from '../profile-vault.ts';
import type { ProfileRecord } from '../repositories/profiles-repo.ts';
import { updateProfile } from '../repositories/profiles-repo.ts';
import { endGuestSession, openGuestSession } from '../guest-session.ts';
import type { CloseReport } from './held-profile.ts';
import { closeHeld, registerHeld, swapVault } from './held-profile.ts';
import { forgetPin, setPinFromPassphrase, unwrapWithPin } from './pin-unlock.ts';
import { holdShared } from './profile-locks.ts';
import { changeVault } from './vault-change.ts';
import { announceVault } from './vault-channel.ts';

/** Opens `open()`'s connection holding the profile's shared lock (asked for first, so a vault change in progress finishes before). */
async function held(profileId: string, open: () => Promise<ProfileConnection>): Promise<ProfileConnection> {
  const release = await holdShared(profileId);
  try {
    const connection = await open();
    registerHeld(connection, release);
    return connection;
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * Opens a profile with its passphrase (null for one without).
 * @throws UnlockWaitError, WrongSecretError, StorageError (see accessProfile)
 */
export async function openProfileSession(directory: DirectoryDatabase, record: ProfileRecord, secret: string | null, options: OpenOptions = {}): Promise<ProfileConnection> {
  return sweptIfCoach(record, await held(record.id, async () => (await accessProfile(directory, record, secret, options)).connection));
}

/** @throws WrongSecretError; after 5 wrong PINs the PIN is forgotten */
export async function openProfileWithPin(record: ProfileRecord, pin: string, options: OpenOptions = {}): Promise<ProfileConnection> {
  const key = await unwrapWithPin(record.id, pin);
  return sweptIfCoach(record, await held(record.id, async () => (await accessProfileWithKey(record, key, options)).connection));
}

/** A coach space, as it opens, deletes coachee databases left without a row (a tab closed mid-import); a failure there is no reason not to open. */
async function sweptIfCoach(record: ProfileRecord, connection: ProfileConnection): Promise<ProfileConnection> {
  if (record.kind === 'coach') await sweepCoacheeDatabases(connection).catch(() => undefined);
  return connection;
}

/** Checks a profile's secret (counted like an unlock), opening nothing that stays open. */
async function verifySecret(directory: DirectoryDatabase, record: ProfileRecord, secret: string | null): Promise<void> {
  const { connection } = await accessProfile(directory, record, secret);
  connection.vault.revoke(0);
  connection.database.db.close();
}

/** Sets a passphrase on the open plain profile; returns the connection with its new vault (the old one is revoked). */
export function setProfilePassphrase(directory: DirectoryDatabase, connection: ProfileConnection, passphrase: string): Promise<ProfileConnection> {
  return changeVault(
    connection,
    async () => {
      const { connection: next } = await encryptProfile(connection, passphrase);
      swapVault(connection, next); // first: the old vault must go even if the directory cannot be told
      await updateProfile(directory, connection.profileId, { vault: { scheme: 'aes-gcm' } });
      return next;
    },
    { keepOpen: true },
  );
}

/** @throws WrongSecretError when `current` is wrong */
export async function changeProfilePassphrase(directory: DirectoryDatabase, record: ProfileRecord, connection: ProfileConnection, current: string, next: string): Promise<void> {
  await verifySecret(directory, record, current); // with the retry delays
  await changeVault(connection, () => rewrapPassphrase(connection.database, current, next), { keepOpen: true });
}

/** Sets the session PIN; asks for the passphrase, since no key that could be wrapped is kept. @throws WrongSecretError */
export async function setSessionPin(directory: DirectoryDatabase, record: ProfileRecord, connection: ProfileConnection, passphrase: string, pin: string): Promise<void> {
  await verifySecret(directory, record, passphrase); // with the retry delays
  await setPinFromPassphrase(record.id, await readVaultDescriptor(connection.database), passphrase, pin);
}

/** Creates a profile, with its passphrase set if one is given; leaves it closed. */
export async function createProfileWith(directory: DirectoryDatabase, create: () => Promise<ProfileRecord>, passphrase: string | null): Promise<ProfileRecord> {
  const record = await create();
  if (passphrase === null) return record;
  const { connection } = await accessProfile(directory, record, null);
  try {
    await encryptProfile(connection, passphrase);
  } finally {
    connection.vault.revoke(0);
    connection.database.db.close();
  }
  await updateProfile(directory, record.id, { vault: { scheme: 'aes-gcm' } });
  return { ...record, vault: { scheme: 'aes-gcm' } };
}

/**
 * Locks: see closeHeld. Synchronous up to the returned promise, so the
 * caller can hide the profile in the same tick.
 */
export function closeProfileSession(connection: ProfileConnection): Promise<CloseReport> {
  return closeHeld(connection);
}

/** Checks the secret before "remove my data" (nothing to check for a plain profile). @throws WrongSecretError */
export async function checkRemoval(directory: DirectoryDatabase, record: ProfileRecord, secret: string | null): Promise<void> {
  if (record.vault.scheme === 'aes-gcm') await verifySecret(directory, record, secret);
}

/**
 * Removes the open profile's data: closes it at once (as a lock does), then,
 * once its writes have settled, deletes its key, its entry and its database
 * as a vault change, so every other tab lets go of it first.
 */
export function removeProfileSession(directory: DirectoryDatabase, connection: ProfileConnection): Promise<CloseReport> {
  forgetPin(connection.profileId);
  announceVault('vault-changing', connection.profileId); // other tabs hide it now, not after our writes settle
  return closeHeld(connection, {
    graceMs: 0,
    finish: () => changeVault(connection, () => removeProfileData(directory, connection), { keepOpen: false }),
  });
}

/** "Use without saving": a session in a temporary database sealed with a key held in memory only. */
export async function openGuest(options: OpenOptions = {}): Promise<ProfileConnection> {
  const connection = await openGuestSession(options);
  registerHeld(connection, () => undefined);
  return connection;
}

/** Ends a guest session at once; its database is deleted once its writes have settled. */
export function endGuest(connection: ProfileConnection): Promise<CloseReport> {
  return closeHeld(connection, { graceMs: 0, finish: () => endGuestSession(connection) });
}

/** Whether `connection`'s vault is still the profile's own (another tab may have set a passphrase or removed the data). */
export async function vaultMatches(connection: ProfileConnection): Promise<boolean> {
  try {
    return (await readVaultDescriptor(connection.database)).scheme === connection.vault.scheme;
  } catch {
    return false; // closed or deleted under us
  }
}
