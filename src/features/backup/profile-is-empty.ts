/**
 * Whether the open profile holds no records at all (a new device, or storage
 * that was cleared): then restoring into it is the natural choice. Counts
 * rows, readable or not; preferences alone do not count as records.
 */
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { listDrafts } from '../../storage/repositories/drafts-repo.ts';
import { listIntentions } from '../../storage/repositories/intentions-repo.ts';
import { journalTable } from '../../storage/repositories/journal-repo.ts';
import { practiceLogTable } from '../../storage/repositories/practice-log-repo.ts';
import { countResponses } from '../../storage/repositories/responses-repo.ts';
import { weeklyTable } from '../../storage/repositories/weekly-repo.ts';

export async function profileIsEmpty(connection: ProfileConnection): Promise<boolean> {
  const [responses, journal, practice, weekly, drafts, intentions] = await Promise.all([
    countResponses(connection),
    journalTable.count(connection),
    practiceLogTable.count(connection),
    weeklyTable.count(connection),
    listDrafts(connection),
    listIntentions(connection),
  ]);
  const listed = drafts.items.length + drafts.unreadable + intentions.items.length + intentions.unreadable;
  return responses + journal + practice + weekly + listed === 0;
}
