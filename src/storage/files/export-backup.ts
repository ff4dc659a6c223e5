/**
 * Making a backup of the open profile: every record is read through its
 * sealed table in pages (a locked profile's records opened by its vault as
 * usual), each page handed to the file worker as it is read, and the file is
 * built there (canonical JSON, checksum, optional encryption), so the page
 * never runs a long task. Rows that do not open are counted by kind, named
 * in the file's `unreadable` and left out of it. Making the file is not yet a
 * backup: the caller records the time (recordLastBackup, last-backup.ts) only
 * once the file has left the device (saved or shared).
 */
import type { RecordKind } from '../../domain/files/file-types.ts';
import { localDate } from '../../domain/weekly/weeks.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import type { MadeBackup, OnProgress } from './backup-types.ts';
import { finishFile, recordsInWorker } from './file-worker-client.ts';
import { countRows, readRecordPages, zeroCounts } from './profile-records.ts';

/** The longest slug of a profile's name in a file name. */
const MAX_SLUG_LENGTH = 40;

/** A profile's name as a file-name part: ASCII lower case, digits and single hyphens, safe on every file system; "profile" when nothing is left. */
export function fileSlug(displayName: string): string {
  const slug = displayName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug || 'profile';
}

/** The device's calendar day of `now`, YYYY-MM-DD (the date in every file's name). */
export function deviceDate(now: Date): string {
  return localDate(now, Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

/** e.g. "attune-backup-my-reflections-2026-12-03.json" (the device's date). */
export function backupFileName(displayName: string, now: Date): string {
  return `attune-backup-${fileSlug(displayName)}-${deviceDate(now)}.json`;
}

/** e.g. "attune-share-sam-2026-12-04.json": a share, named by the name the leader offers (the device's date). */
export function shareFileName(leaderName: string, now: Date): string {
  return `attune-share-${fileSlug(leaderName)}-${deviceDate(now)}.json`;
}

/** e.g. "attune-coach-notes-for-sam-2026-12-04.json": a coach's notes, named by the coachee they are for. */
export function coachNotesFileName(coacheeName: string, now: Date): string {
  return `attune-coach-notes-for-${fileSlug(coacheeName)}-${deviceDate(now)}.json`;
}

/**
 * Reads every record of the open profile (counting those that do not open),
 * makes the file (in the file worker: canonical JSON, checksum, optional
 * encryption). Records nothing: see recordLastBackup.
 */
export async function makeBackupFile(
  connection: ProfileConnection,
  displayName: string,
  options: { passphrase?: string; onProgress?: OnProgress; now?: Date },
): Promise<MadeBackup> {
  const { passphrase, onProgress, now = new Date() } = options;
  const rows = await countRows(connection);
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  const counts = zeroCounts();
  const unreadable: Partial<Record<RecordKind, number>> = {};
  const build = recordsInWorker();
  let done = 0;
  onProgress?.({ phase: 'reading', done, total });
  try {
    await readRecordPages(connection, async (page) => {
      counts[page.kind] += page.records.length;
      if (page.unreadable > 0) unreadable[page.kind] = (unreadable[page.kind] ?? 0) + page.unreadable;
      done = Math.min(total, done + page.records.length + page.unreadable);
      if (page.records.length > 0) await build.append(page.kind, page.records);
      onProgress?.({ phase: 'reading', done, total });
    });
    onProgress?.({ phase: 'preparing', done: 0, total: 1 });
    const blob = await finishFile(
      build,
      'backup',
      { profile: { displayName }, unreadable },
      { passphrase: passphrase || undefined, appVersion: __APP_VERSION__, schemaVersion: connection.database.schemaVersion, now },
    );
    onProgress?.({ phase: 'preparing', done: 1, total: 1 });
    return { blob, fileName: backupFileName(displayName, now), counts, unreadable, encrypted: Boolean(passphrase) };
  } catch (error) {
    await build.discard().catch(() => undefined);
    throw error;
  }
}
