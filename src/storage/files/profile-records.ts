/**
 * Every record of a profile, kind by kind, as the repositories open them:
 * read in pages through the sealed tables (so a decade never becomes one
 * long task), yielding to the page between pages, counting the rows that do
 * not open (they are left out, never passed on as if they were good). Used
 * to make a backup, to plan a merge and to hash what a profile holds.
 */
import type { BackupRecords, RecordKind } from '../../domain/files/file-types.ts';
import { RECORD_KINDS } from '../../domain/files/file-types.ts';
import { DEFAULT_PREFERENCES } from '../../domain/preferences.ts';
import { guard, StorageError } from '../errors.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { draftsTable } from '../repositories/drafts-repo.ts';
import { intentionsTable } from '../repositories/intentions-repo.ts';
import { journalTable } from '../repositories/journal-repo.ts';
import { practiceLogTable } from '../repositories/practice-log-repo.ts';
import { responsesTable } from '../repositories/responses-repo.ts';
import type { SealedTable } from '../repositories/sealed-table.ts';
import { preferencesTable, weeklyTable } from '../repositories/weekly-repo.ts';

/** Rows opened per page: small enough that opening a page is a short task. */
export const READ_PAGE_SIZE = 200;

type AnyTable = SealedTable<{ id: string }, never>;

/** The sealed table behind each kind of record. */
export const TABLE_OF: Record<RecordKind, AnyTable> = {
  responses: responsesTable as unknown as AnyTable,
  drafts: draftsTable as unknown as AnyTable,
  intentions: intentionsTable as unknown as AnyTable,
  journal: journalTable as unknown as AnyTable,
  practiceLog: practiceLogTable as unknown as AnyTable,
  weeklyReflections: weeklyTable as unknown as AnyTable,
  preferences: preferencesTable as unknown as AnyTable,
};

/** Lets the page paint and take input between pages. */
export function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function emptyRecords(): BackupRecords {
  return { responses: [], drafts: [], intentions: [], journal: [], practiceLog: [], weeklyReflections: [], preferences: [] };
}

export function zeroCounts(): Record<RecordKind, number> {
  return { responses: 0, drafts: 0, intentions: 0, journal: 0, practiceLog: 0, weeklyReflections: 0, preferences: 0 };
}

export function countsOf(records: BackupRecords): Record<RecordKind, number> {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, records[kind].length])) as Record<RecordKind, number>;
}

/** How many rows each table holds (readable or not). */
export async function countRows(connection: ProfileConnection): Promise<Record<RecordKind, number>> {
  const counts = await Promise.all(RECORD_KINDS.map((kind) => TABLE_OF[kind].count(connection)));
  return Object.fromEntries(RECORD_KINDS.map((kind, i) => [kind, counts[i]])) as Record<RecordKind, number>;
}

/** The ids of every row of a kind, readable or not (keys only: nothing is opened). */
export function rowIds(connection: ProfileConnection, kind: RecordKind): Promise<string[]> {
  return guard(() => connection.database.db.table(TABLE_OF[kind].name).toCollection().primaryKeys() as Promise<string[]>);
}

export interface ReadPage {
  kind: RecordKind;
  records: BackupRecords[RecordKind];
  unreadable: number;
}

/**
 * Reads every record of the profile in pages of READ_PAGE_SIZE, by id, kind
 * after kind, handing each page to `onPage` and waiting a moment between
 * pages (only `kinds`, when given: a coachee database holds the shared
 * kinds alone). Preferences are read as getPreferences does (the saved ones over
 * the defaults, so the record has the current shape), zero or one of them.
 */
export async function readRecordPages(
  connection: ProfileConnection,
  onPage: (page: ReadPage) => void | Promise<void>,
  kinds: readonly RecordKind[] = RECORD_KINDS,
): Promise<void> {
  for (const kind of kinds) {
    if (kind === 'preferences') {
      try {
        const saved = await preferencesTable.get(connection, DEFAULT_PREFERENCES.id);
        await onPage({ kind, records: saved ? [{ ...DEFAULT_PREFERENCES, ...saved }] : [], unreadable: 0 });
      } catch (error) {
        if (!(error instanceof StorageError && error.kind === 'corrupt')) throw error;
        await onPage({ kind, records: [], unreadable: 1 });
      }
      continue;
    }
    let after: string | null = null;
    for (;;) {
      const from = after;
      let page = { rows: 0, lastId: null as string | null };
      const listed = await TABLE_OF[kind].select(connection, async (table) => {
        const rows = await (from === null ? table.orderBy(':id') : table.where(':id').above(from)).limit(READ_PAGE_SIZE).toArray();
        page = { rows: rows.length, lastId: rows[rows.length - 1]?.id ?? null };
        return rows;
      });
      await onPage({ kind, records: listed.items as BackupRecords[RecordKind], unreadable: listed.unreadable });
      if (page.rows < READ_PAGE_SIZE) break;
      after = page.lastId;
      await breathe();
    }
  }
}

/** Every readable record of the profile and how many rows of each kind did not open. */
export async function readAllRecords(
  connection: ProfileConnection,
  onPage?: (page: ReadPage) => void,
): Promise<{ records: BackupRecords; unreadable: Partial<Record<RecordKind, number>> }> {
  const records = emptyRecords();
  const unreadable: Partial<Record<RecordKind, number>> = {};
  await readRecordPages(connection, (page) => {
    (records[page.kind] as unknown[]).push(...page.records);
    if (page.unreadable > 0) unreadable[page.kind] = (unreadable[page.kind] ?? 0) + page.unreadable;
    onPage?.(page);
  });
  return { records, unreadable };
}
