/**
 * Whether Today should suggest a backup or offer a restore, worked out after
 * Today is ready (its own chunk, like latest-change-load.ts):
 * - 'restore' when the open profile holds no records at all (a new device,
 *   or storage that was cleared), whatever else is true;
 * - 'remind' when the browser may clear Attune's data (storage not
 *   persistent) and the last backup is older than the chosen interval, or
 *   there has been none and the profile holds a result or a journal entry;
 * - null otherwise, or when the person chose never to be reminded.
 */
import { backupReminderDays } from '../../domain/preferences.ts';
import { readLastBackup } from '../../storage/files/last-backup.ts';
import { getStorageState } from '../../storage/persistence.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { listDrafts } from '../../storage/repositories/drafts-repo.ts';
import { listIntentions } from '../../storage/repositories/intentions-repo.ts';
import { journalTable } from '../../storage/repositories/journal-repo.ts';
import { practiceLogTable } from '../../storage/repositories/practice-log-repo.ts';
import { countResponses } from '../../storage/repositories/responses-repo.ts';
import { getPreferences, weeklyTable } from '../../storage/repositories/weekly-repo.ts';

export type BackupNudge = 'restore' | 'remind' | null;

const DAY_MS = 24 * 60 * 60 * 1000;

export async function loadBackupNudge(connection: ProfileConnection, now = new Date()): Promise<BackupNudge> {
  const [responses, journal, practice, weekly, drafts, intentions] = await Promise.all([
    countResponses(connection),
    journalTable.count(connection),
    practiceLogTable.count(connection),
    weeklyTable.count(connection),
    listDrafts(connection),
    listIntentions(connection),
  ]);
  const others = practice + weekly + drafts.items.length + drafts.unreadable + intentions.items.length + intentions.unreadable;
  if (responses + journal + others === 0) return 'restore';

  const [storage, preferences, lastBackup] = await Promise.all([getStorageState(), getPreferences(connection), readLastBackup(connection)]);
  const days = backupReminderDays(preferences);
  if (storage.persisted || days === 0) return null;
  if (lastBackup === null) return responses + journal > 0 ? 'remind' : null;
  return now.getTime() - Date.parse(lastBackup) > days * DAY_MS ? 'remind' : null;
}
