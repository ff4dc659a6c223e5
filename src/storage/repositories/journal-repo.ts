/** Journal entries of one profile: plaintext id and createdAt (for order and paging); all else sealed. */
import type { JournalEntry } from '../../domain/journal/entry.ts';
import { sealedTable } from './sealed-table.ts';

export const journalTable = sealedTable<JournalEntry, 'createdAt'>('journal', ['createdAt']);

export const saveJournalEntry = journalTable.put;
export const getJournalEntry = journalTable.get;
export const deleteJournalEntry = journalTable.remove;

/** A page of entries, newest first. */
export function listJournalPage(connection: Parameters<typeof journalTable.list>[0], offset: number, limit: number) {
  return journalTable.list(connection, 'createdAt', { reverse: true, offset, limit });
}

/** Every entry, newest first (for search). */
export function listAllJournal(connection: Parameters<typeof journalTable.list>[0]) {
  return journalTable.list(connection, 'createdAt', { reverse: true });
}
