/**
 * Fingerprints of what a profile holds, to prove an import changed nothing
 * (or restored everything):
 *
 * - rawTableHashes: every row of every table of the profile's database as
 *   stored, sealed payloads and the meta table included (the schema row,
 *   the vault descriptor and the last-backup time: a refused import may
 *   change none of them). Bytes (an encrypted payload's iv and ciphertext)
 *   are written as hex. Rows in key order, object keys sorted.
 * - recordsHash: every readable record as opened, by kind and id, so the
 *   same records restored into another profile, under another key or in
 *   another browser, hash the same (no profile id, no ciphertext).
 *
 * Test and proof helpers: nothing in the app's screens calls them.
 */
import { RECORD_KINDS } from '../../domain/files/file-types.ts';
import { guard } from '../errors.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { readAllRecords } from './profile-records.ts';

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** Canonical JSON of a stored value: keys sorted, undefined dropped, bytes as { "$bytes": hex }, dates as ISO. */
export function canonicalStored(value: unknown): string {
  if (value instanceof ArrayBuffer) return `{"$bytes":"${hex(new Uint8Array(value))}"}`;
  if (ArrayBuffer.isView(value)) return `{"$bytes":"${hex(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))}"}`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalStored(item))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalStored((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

async function sha256Hex(text: string): Promise<string> {
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}

/** A canonical SHA-256 of every row of every table of the profile's database, as stored (sealed payloads included), by table. */
export async function rawTableHashes(connection: ProfileConnection): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const table of [...connection.database.db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    const rows = await guard(() => table.toArray());
    hashes[table.name] = await sha256Hex(canonicalStored(rows));
  }
  return hashes;
}

/** A canonical SHA-256 of every record as opened (the same records restored elsewhere hash the same). */
export async function recordsHash(connection: ProfileConnection): Promise<string> {
  const { records } = await readAllRecords(connection);
  const sorted = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, [...records[kind]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))]));
  return sha256Hex(canonicalStored(sorted));
}
