/**
 * One coachee's database, opened as a ProfileConnection of its own: its
 * name is the connection's profileId (so every record is bound to this
 * coachee's database, and a row copied into another coachee's fails to
 * open), and its vault is a CryptoVault with the coachee's own random key.
 * That key is made here, exported once as base64 to be kept in the coach
 * profile's sealed `coachees` row, and imported non-extractable whenever the
 * database is opened: so the coach profile's vault (and its passphrase, if
 * it has one) protects every coachee's records.
 */
import Dexie from 'dexie';
import { fromBase64, toBase64 } from '../../domain/crypto/encoding.ts';
import { guard } from '../errors.ts';
import { coacheeMigrations } from '../migrations/coachee/index.ts';
import type { OpenOptions } from '../open-versioned.ts';
import { openVersioned } from '../open-versioned.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { CryptoVault } from '../vault/crypto-vault.ts';
import { coacheeDatabaseName } from './coachee-names.ts';

const AES_GCM = { name: 'AES-GCM', length: 256 } as const;

/** A new random AES-GCM-256 key for a coachee, as the base64 of its raw bytes (the only time it is extractable). */
export async function newCoacheeKey(): Promise<string> {
  const key = await crypto.subtle.generateKey(AES_GCM, true, ['encrypt', 'decrypt']);
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

/** Imports a kept key, not extractable. */
function importCoacheeKey(rawKey: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64(rawKey), AES_GCM, false, ['encrypt', 'decrypt']);
}

/** Opens (creating if need be) one coachee's database with their key. Close it with closeCoacheeConnection. */
export async function openCoacheeConnection(profileId: string, linkId: string, rawKey: string, options: OpenOptions = {}): Promise<ProfileConnection> {
  const name = coacheeDatabaseName(profileId, linkId);
  const key = await importCoacheeKey(rawKey);
  const database = await openVersioned(name, coacheeMigrations, options);
  return { profileId: name, database, vault: new CryptoVault(name, key) };
}

/** Lets go of a coachee's key and closes their database once its writes have settled. */
export async function closeCoacheeConnection(connection: ProfileConnection): Promise<void> {
  await connection.database.settle();
  connection.vault.revoke(0);
  connection.database.db.close();
}

/** Deletes one coachee database by name (its connections must be closed). */
export async function deleteCoacheeDatabase(name: string): Promise<void> {
  await guard(() => Dexie.delete(name));
}
