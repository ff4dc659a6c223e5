/**
 * Intentions of one profile. Index fields (id, createdAt) are plaintext;
 * the words, the element and the follow-up are sealed by the profile's vault.
 */
import type { Table } from 'dexie';
import type { Intention } from '../../domain/intentions/intention.ts';
import { guard } from '../errors.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import type { SealedPayload } from '../vault/vault.ts';
import type { Listed } from './open-rows.ts';
import { openRows } from './open-rows.ts';

export const INTENTIONS_TABLE = 'intentions';

interface IntentionRow {
  id: string;
  createdAt: string;
  payload: SealedPayload;
}

type IntentionBody = Omit<Intention, 'id' | 'createdAt'>;

function table(connection: ProfileConnection): Table<IntentionRow, string> {
  return connection.database.db.table(INTENTIONS_TABLE);
}

function binding(connection: ProfileConnection, id: string) {
  return { profileId: connection.profileId, table: INTENTIONS_TABLE, id };
}

async function fromRow(connection: ProfileConnection, row: IntentionRow): Promise<Intention> {
  const body = await connection.vault.open<IntentionBody>(row.payload, binding(connection, row.id));
  return { id: row.id, createdAt: row.createdAt, ...body };
}

/** Seals and saves (adds or replaces) an intention. Tracked, so a lock or an upgrade waits for it. */
export function saveIntention(connection: ProfileConnection, intention: Intention): Promise<void> {
  const { id, createdAt, ...body } = intention;
  return connection.database.track(
    (async () => {
      const payload = await connection.vault.seal(body satisfies IntentionBody, binding(connection, id));
      await guard(() => table(connection).put({ id, createdAt, payload }));
    })(),
  );
}

/** Every intention that can be opened, newest first, and how many could not be. */
export async function listIntentions(connection: ProfileConnection): Promise<Listed<Intention>> {
  const rows = await guard(() => table(connection).orderBy('createdAt').reverse().toArray());
  return openRows(rows, (row) => fromRow(connection, row));
}
