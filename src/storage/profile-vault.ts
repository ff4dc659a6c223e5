/**
 * Locking a profile: reading its vault descriptor, unlocking it with a
 * passphrase, setting a passphrase on an unlocked profile (re-encrypting all
 * of its records in one transaction), and changing the passphrase (which
 * re-wraps the data key only, inside the KDF worker). The live data key is
 * never extractable: the raw key exists only inside the worker, for the
 * moment it takes to wrap it.
 */
import { newKdfParams } from '../domain/crypto/kdf.ts';
import { StorageError, guard } from './errors.ts';
import type { VersionedDatabase } from './open-versioned.ts';
import type { ProfileConnection } from './profile-connection.ts';
import { CryptoVault } from './vault/crypto-vault.ts';
import { createWithSecret, rewrapWithSecret, unwrapWithSecret } from './vault/kdf-client.ts';
import { PlainVault } from './vault/plain-vault.ts';
import type { VaultDescriptor } from './vault/vault-descriptor.ts';
import { SEALED_TABLES, VAULT_META_KEY } from './vault/vault-descriptor.ts';
import type { SealedPayload, Vault } from './vault/vault.ts';

interface SealedRow {
  id: string;
  payload: SealedPayload;
  [index: string]: unknown;
}

export async function readVaultDescriptor(database: VersionedDatabase): Promise<VaultDescriptor> {
  const row = await guard(() => database.db.table<{ key: string; value: VaultDescriptor }, string>('meta').get(VAULT_META_KEY));
  return row?.value ?? { scheme: 'plain' };
}

export interface UnlockedVault {
  vault: Vault;
  /** The data key of an encrypted profile (not extractable); null for a plain one. */
  dataKey: CryptoKey | null;
}

/**
 * Opens the vault of a profile: a plain profile needs no secret.
 * @throws WrongSecretError when the secret does not unlock an encrypted profile.
 */
export async function unlockVault(profileId: string, descriptor: VaultDescriptor, secret: string | null): Promise<UnlockedVault> {
  if (descriptor.scheme === 'plain') return { vault: new PlainVault(profileId), dataKey: null };
  if (secret === null) throw new StorageError('corrupt', { message: 'This profile is locked.' });
  const dataKey = await unwrapWithSecret(secret, descriptor.kdf, descriptor.wrappedKey);
  return { vault: new CryptoVault(profileId, dataKey), dataKey };
}

/** Reads every sealed row of the profile, as stored. */
async function readAll(database: VersionedDatabase): Promise<Record<string, SealedRow[]>> {
  const entries = await Promise.all(SEALED_TABLES.map(async (name) => [name, await database.db.table<SealedRow, string>(name).toArray()] as const));
  return Object.fromEntries(entries);
}

function sameRows(a: Record<string, SealedRow[]>, b: Record<string, SealedRow[]>): boolean {
  return SEALED_TABLES.every((name) => a[name]!.length === b[name]!.length && a[name]!.every((row, i) => row === b[name]![i] || JSON.stringify(row) === JSON.stringify(b[name]![i])));
}

/** Why a passphrase was not set: another tab set one first (encryptProfile's error, kind 'vault-changed'). */
const SET_ELSEWHERE = 'A passphrase was set for this profile in another tab at the same moment, so yours was not set. Unlock the profile with the passphrase set there.';

/**
 * Sets a passphrase on an unlocked plain profile: a new data key, wrapped by
 * the passphrase, and every record re-sealed with it. The records and the
 * descriptor are written in one transaction, so a failure leaves the profile
 * exactly as it was. Returns a connection that uses the new vault.
 * @throws StorageError 'vault-changed' (SET_ELSEWHERE) when another tab set a passphrase first
 */
export async function encryptProfile(connection: ProfileConnection, passphrase: string): Promise<{ connection: ProfileConnection }> {
  const { database, profileId } = connection;
  if ((await readVaultDescriptor(database)).scheme !== 'plain') throw new StorageError('vault-changed', { message: SET_ELSEWHERE });
  const kdf = newKdfParams();
  const { wrappedKey, dataKey } = await createWithSecret(passphrase, kdf);
  const vault = new CryptoVault(profileId, dataKey);

  for (let attempt = 0; attempt < 3; attempt++) {
    const before = await guard(() => readAll(database));
    // Seal outside the transaction: IndexedDB transactions close when they await other work.
    const sealed: Record<string, SealedRow[]> = {};
    for (const name of SEALED_TABLES) {
      sealed[name] = await Promise.all(
        before[name]!.map(async (row) => {
          const binding = { profileId, table: name, id: row.id };
          const value = await connection.vault.open(row.payload, binding);
          return { ...row, payload: await vault.seal(value, binding) };
        }),
      );
    }
    const written = await guard(() =>
      database.track(
        database.db.transaction('rw', [...SEALED_TABLES, 'meta'], async () => {
          if ((await readVaultDescriptor(database)).scheme !== 'plain') return 'set-elsewhere'; // another tab's passphrase came first
          if (!sameRows(before, await readAll(database))) return false; // changed meanwhile (another tab): try again
          for (const name of SEALED_TABLES) await database.db.table(name).bulkPut(sealed[name]!);
          const descriptor: VaultDescriptor = { scheme: 'aes-gcm', kdf, wrappedKey };
          await database.db.table('meta').put({ key: VAULT_META_KEY, value: descriptor });
          return true;
        }),
      ),
    );
    if (written === 'set-elsewhere') throw new StorageError('vault-changed', { message: SET_ELSEWHERE });
    if (written) return { connection: { ...connection, vault } };
  }
  throw new StorageError('unknown', { message: 'Your records kept changing in another tab, so the passphrase was not set. Nothing was changed; please try again.' });
}

/**
 * Changes the passphrase of an encrypted profile: re-wraps the data key from
 * the current passphrase to the new one, inside the KDF worker; no record is
 * touched.
 * @throws WrongSecretError when `current` is wrong
 */
export async function changePassphrase(database: VersionedDatabase, current: string, newPassphrase: string): Promise<void> {
  const before = await readVaultDescriptor(database);
  if (before.scheme !== 'aes-gcm') throw new StorageError('unknown', { message: 'This profile has no passphrase to change.' });
  const kdf = newKdfParams();
  const wrappedKey = await rewrapWithSecret(current, before.kdf, before.wrappedKey, newPassphrase, kdf);
  const descriptor: VaultDescriptor = { scheme: 'aes-gcm', kdf, wrappedKey };
  await guard(() => database.track(database.db.table('meta').put({ key: VAULT_META_KEY, value: descriptor })));
}
