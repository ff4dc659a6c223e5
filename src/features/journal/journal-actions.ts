/** Saving, deleting and restoring journal entries: storage first, then this tab's search index. */
import type { JournalEntry } from '../../domain/journal/entry.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { deleteJournalEntry, saveJournalEntry } from '../../storage/repositories/journal-repo.ts';
import { forgetDeleted, removeFromIndex, upsertInIndex } from './journal-index.ts';

export async function saveEntry(connection: ProfileConnection, entry: JournalEntry): Promise<void> {
  await saveJournalEntry(connection, entry);
  upsertInIndex(connection, entry);
}

export async function deleteEntry(connection: ProfileConnection, entry: JournalEntry): Promise<void> {
  await deleteJournalEntry(connection, entry.id);
  removeFromIndex(connection, entry);
}

/** Puts a deleted entry back exactly as it was. */
export async function restoreEntry(connection: ProfileConnection, entry: JournalEntry): Promise<void> {
  await saveJournalEntry(connection, entry);
  upsertInIndex(connection, entry);
  forgetDeleted(connection);
}
