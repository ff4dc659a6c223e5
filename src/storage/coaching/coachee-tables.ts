/**
 * The sealed tables of a coachee database (migrations/coachee): the share's
 * header (one row), the coach's notes, and the shared records, which use the
 * profile's own sealed tables (same names and index fields), so a coachee's
 * results, entries and intentions are read exactly as a profile's are.
 */
import type { ShareBody, SharedKind } from '../../domain/coaching/coaching-types.ts';
import { SHARED_KINDS } from '../../domain/coaching/coaching-types.ts';
import type { CoachNote } from '../../domain/coaching/coaching-types.ts';
import { TABLE_OF } from '../files/profile-records.ts';
import type { SealedTable } from '../repositories/sealed-table.ts';
import { sealedTable } from '../repositories/sealed-table.ts';

/** The id of the one row of the `share` table. */
export const SHARE_ROW_ID = 'share';

/** The newest share's header, as kept in the coachee database (its records are in the record tables). */
export interface ShareHeaderRow extends Omit<ShareBody, 'records' | 'withdraw'> {
  id: typeof SHARE_ROW_ID;
  /** The file's exportedAt. */
  exportedAt: string;
}

export const shareTable = sealedTable<ShareHeaderRow, never>('share', []);

export const notesTable = sealedTable<CoachNote, 'responseId'>('notes', ['responseId']);

/** The sealed table of each shared kind (the profile's own: same name, same index fields). */
export const SHARED_TABLE_OF: Record<SharedKind, SealedTable<{ id: string }, never>> = Object.fromEntries(
  SHARED_KINDS.map((kind) => [kind, TABLE_OF[kind]]),
) as Record<SharedKind, SealedTable<{ id: string }, never>>;

/** Every table a share's records are written to, the header's included. */
export const SHARE_TABLES: readonly string[] = ['share', ...SHARED_KINDS.map((kind) => SHARED_TABLE_OF[kind].name)];
