/**
 * The coach profile's sealed `coachees` table: one row per coachee (id = the
 * leader's link id) with what the coachee list shows, the shareIds this
 * space has seen and those the leader withdrew (neither is ever taken in
 * again), and the key of the coachee's own database. The whole row is
 * sealed by the coach profile's vault, so setting a passphrase on the coach
 * profile re-seals it and protects the coachee's key with it.
 */
import type { CoacheeSummary } from '../../domain/coaching/coaching-types.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { sealedTable } from '../repositories/sealed-table.ts';

export interface CoacheeRow {
  /** The coachee's link id. */
  id: string;
  summary: CoacheeSummary;
  /** Every shareId taken in, so the same file is never taken in twice. */
  seen: string[];
  /** shareIds the leader asked to be withdrawn: never taken in again. */
  withdrawn: string[];
  /** The coachee database's AES-GCM-256 key, raw, base64. */
  key: string;
}

export const coacheesTable = sealedTable<CoacheeRow, never>('coachees', []);

/** Every readable coachee row (a row that does not open is left out and counted). */
export function listCoacheeRows(connection: ProfileConnection) {
  return coacheesTable.list(connection, 'id');
}
