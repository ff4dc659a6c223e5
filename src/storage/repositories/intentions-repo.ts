/**
 * Intentions of one profile. Index fields (id, createdAt) are plaintext for
 * the order and sealed with the words, the element and the follow-up.
 */
import type { Intention } from '../../domain/intentions/intention.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import type { Listed } from './open-rows.ts';
import { sealedTable } from './sealed-table.ts';

export const INTENTIONS_TABLE = 'intentions';

export const intentionsTable = sealedTable<Intention, 'createdAt'>(INTENTIONS_TABLE, ['createdAt'], { legacyBodies: true });

/** Seals and saves (adds or replaces) an intention; sealed at once and written in call order (sealed-write.ts). */
export function saveIntention(connection: ProfileConnection, intention: Intention): Promise<void> {
  return intentionsTable.put(connection, intention);
}

/** Every intention that can be opened, newest first, and how many could not be. */
export function listIntentions(connection: ProfileConnection): Promise<Listed<Intention>> {
  return intentionsTable.list(connection, 'createdAt', { reverse: true });
}
