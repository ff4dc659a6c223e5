/**
 * Sharing with a coach, the leader's side: what a scope would share (the
 * preview) and the share file itself, made like a backup (records read in
 * pages through their sealed tables, chosen by the scope as they are read,
 * handed to the file worker, the file built there).
 *
 * The preview and the file come from the same pass over the records
 * (`passOverShare`), so the file holds exactly what the preview showed.
 * Drafts and preferences are never shared: their pages are passed over.
 */
import type { ShareScope, SharedKind } from '../../domain/coaching/coaching-types.ts';
import { SHARED_KINDS } from '../../domain/coaching/coaching-types.ts';
import type { ShareContext } from '../../domain/coaching/select-for-share.ts';
import { selectForShare } from '../../domain/coaching/select-for-share.ts';
import { addToCovers, emptyCovers } from '../../domain/coaching/share-covers.ts';
import type { BackupRecords, RecordKind } from '../../domain/files/file-types.ts';
import { newId } from '../../domain/ids.ts';
import type { JournalEntry } from '../../domain/journal/entry.ts';
import { localDate } from '../../domain/weekly/weeks.ts';
import { shareFileName } from '../files/export-backup.ts';
import { finishFile, recordsInWorker } from '../files/file-worker-client.ts';
import { countRows, readRecordPages } from '../files/profile-records.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { coachLinkId, saveShareScope } from './share-settings.ts';
import type { MadeShare, OnProgress, SharePreview } from './share-types.ts';

function shareContext(options: { now?: Date; timeZone?: string }): ShareContext {
  const timeZone = options.timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  return { timeZone, today: localDate(options.now ?? new Date(), timeZone) };
}

function isShared(kind: RecordKind): kind is SharedKind {
  return (SHARED_KINDS as readonly string[]).includes(kind);
}

/** Whether a scope can take any record of `kind` (so a row of it that does not open may be one the share misses). */
function inScope(kind: SharedKind, scope: ShareScope): boolean {
  switch (kind) {
    case 'responses':
    case 'weeklyReflections':
      return scope.reflections !== 'none';
    case 'journal':
      return scope.journal !== 'none';
    case 'intentions':
      return scope.intentions;
    case 'practiceLog':
      return scope.practice;
  }
}

/** Oldest first, as a diary reads. */
function byDate(a: JournalEntry, b: JournalEntry): number {
  return a.localDate.localeCompare(b.localDate) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/**
 * Reads every record in pages, chooses each page's records by the scope,
 * and hands the chosen ones to `onChosen`; returns what was chosen (the
 * preview). `onRead` is told after each page how many rows have been read.
 */
async function passOverShare(
  connection: ProfileConnection,
  scope: ShareScope,
  context: ShareContext,
  handlers: { onChosen?: (kind: SharedKind, records: BackupRecords[SharedKind]) => Promise<void>; onRead?: (rows: number) => void } = {},
): Promise<SharePreview> {
  let covers = emptyCovers(scope);
  const journal: JournalEntry[] = [];
  let unreadable = 0;
  await readRecordPages(connection, async (page) => {
    handlers.onRead?.(page.records.length + page.unreadable);
    const { kind } = page;
    if (!isShared(kind)) return;
    if (inScope(kind, scope)) unreadable += page.unreadable;
    const chosen = (selectForShare({ [kind]: page.records }, scope, context)[kind] ?? []) as BackupRecords[SharedKind];
    if (chosen.length === 0) return;
    covers = addToCovers(covers, { [kind]: chosen }, context.timeZone);
    if (kind === 'journal') journal.push(...(chosen as JournalEntry[]));
    await handlers.onChosen?.(kind, chosen);
  });
  return { scope, covers, journal: journal.sort(byDate), unreadable };
}

/** Exactly what a share with `scope` would hold. Reads every record; writes nothing. */
export async function previewShare(connection: ProfileConnection, scope: ShareScope, options: { now?: Date; timeZone?: string } = {}): Promise<SharePreview> {
  return passOverShare(connection, scope, shareContext(options));
}

/**
 * Makes the share file (encrypted when a passphrase is given), and remembers
 * the scope as the last one used. Makes the profile's link id if it has none
 * yet. Records nothing else: the screen calls recordShareMade once the file
 * has left the device.
 * @throws StorageError when the records cannot be read or the file cannot be made (nothing is changed but a new link id).
 */
export async function makeShareFile(
  connection: ProfileConnection,
  scope: ShareScope,
  options: { leaderName: string; passphrase?: string; withdraw: string[]; onProgress?: OnProgress; now?: Date; timeZone?: string },
): Promise<MadeShare> {
  const { leaderName, passphrase, withdraw, onProgress, now = new Date() } = options;
  const context = shareContext({ now, timeZone: options.timeZone });
  const linkId = await coachLinkId(connection);
  const shareId = newId();
  const rows = await countRows(connection);
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  let done = 0;
  onProgress?.({ phase: 'reading', done, total });
  const build = recordsInWorker();
  try {
    const { covers } = await passOverShare(connection, scope, context, {
      onChosen: (kind, records) => build.append(kind, records),
      onRead: (read) => {
        done = Math.min(total, done + read);
        onProgress?.({ phase: 'reading', done, total });
      },
    });
    onProgress?.({ phase: 'preparing', done: 0, total: 1 });
    const blob = await finishFile(
      build,
      'share',
      { linkId, shareId, leaderName, timeZone: context.timeZone, scope, withdraw: [...withdraw] },
      { passphrase: passphrase || undefined, appVersion: __APP_VERSION__, schemaVersion: connection.database.schemaVersion, now },
    );
    onProgress?.({ phase: 'preparing', done: 1, total: 1 });
    // The file is made: failing to remember the scope (a full disk) must not lose it.
    await saveShareScope(connection, scope).catch(() => undefined);
    return { blob, fileName: shareFileName(leaderName, now), shareId, covers, encrypted: Boolean(passphrase) };
  } catch (error) {
    await build.discard().catch(() => undefined);
    throw error;
  }
}

