/**
 * Records sealed before profile schema v4. Until then, responses, drafts and
 * intentions sealed only their personal fields; their index fields
 * (questionnaireId, completedAt, updatedAt, createdAt) were plaintext alone
 * and could be altered unnoticed. Today every body holds the index fields
 * too, and a row whose plaintext disagrees with them is unreadable.
 *
 * A body is of the older shape when it holds *none* of its table's index
 * fields. That is decided inside the sealed payload, which no one can alter
 * without the key, so a checked record cannot be turned back into an
 * unchecked one by editing the row. Such a record is read with its plaintext
 * index fields, once, and re-sealed whole at once (the schema v4 upgrade does
 * the same for plain rows, which need no key; encrypted rows can only be
 * re-sealed once the profile is unlocked). See decision 0021.
 */
import type { ProfileConnection } from '../profile-connection.ts';
import type { SealedPayload, SealOptions } from '../vault/vault.ts';
import { sealedWrite } from './sealed-write.ts';

/** Whether an opened body holds none of the index fields (and there are some). */
export function isLegacyBody(body: Record<PropertyKey, unknown>, indexed: readonly PropertyKey[]): boolean {
  return indexed.length > 0 && indexed.every((key) => !Object.hasOwn(body, key));
}

function bytes(value: unknown): Uint8Array | undefined {
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (Object.prototype.toString.call(value) === '[object ArrayBuffer]') return new Uint8Array(value as ArrayBuffer);
  return undefined;
}

function sameBytes(a: unknown, b: unknown): boolean {
  const x = bytes(a);
  const y = bytes(b);
  return x !== undefined && y !== undefined && x.length === y.length && x.every((byte, i) => byte === y[i]);
}

/** Whether two stored payloads are the same sealing (not merely the same content). */
function samePayload(a: SealedPayload, b: SealedPayload): boolean {
  if (a.scheme === 'aes-gcm' && b.scheme === 'aes-gcm') return sameBytes(a.iv, b.iv) && sameBytes(a.ciphertext, b.ciphertext);
  if (a.scheme === 'plain' && b.scheme === 'plain') return JSON.stringify(a.data) === JSON.stringify(b.data);
  return false;
}

interface Row {
  id: string;
  payload: SealedPayload;
}

/**
 * Re-seals records read in the older shape, with their index fields inside.
 * A row is replaced only if it is still exactly as it was read (a newer save
 * wins). Runs in the background; a failure (a read-only database, a lock)
 * leaves the row as it is, to be tried again the next time it is read.
 * It seals with `{ resealing: true }`: a lock refusing it loses nothing
 * typed, so it is not reported as a change that could not be saved.
 */
export function resealLegacy<T, R extends Row>(
  connection: ProfileConnection,
  table: string,
  legacy: ReadonlyArray<{ row: R; record: T }>,
  toRow: (record: T, options: SealOptions) => Promise<R>,
): void {
  if (legacy.length === 0 || connection.database.readOnly) return;
  const sealing = Promise.all(legacy.map(async ({ row, record }) => ({ before: row, after: await toRow(record, { resealing: true }) })));
  const rows = connection.database.db.table<R, string>(table);
  void sealedWrite(connection, [table], sealing, async (pairs) => {
    for (const { before, after } of pairs) {
      const current = await rows.get(before.id);
      if (current && samePayload(current.payload, before.payload)) await rows.put(after);
    }
  }).catch(() => undefined);
}
