/**
 * Restoring a backup: into the open profile (a merge that never overwrites
 * or loses a record) or as a new profile. Either way every record is sealed
 * first, outside any transaction (WebCrypto's awaits would end an IndexedDB
 * transaction), and then written in ONE read-write transaction over every
 * table, which also checks the vault descriptor as every write does
 * (sealed-write.ts): a full disk, a closed database or a vault changed in
 * another tab aborts it, and the database holds either all of the file or
 * nothing of it. A new profile that fails is removed whole; one whose tab
 * was closed or killed mid-restore stays marked `restoring` (never listed)
 * and is removed whole at the next start (removeOrphanProfileDatabases).
 */
import Dexie from 'dexie';
import type { BackupRecords, MergePlan, OpenedFile, RecordKind } from '../../domain/files/file-types.ts';
import { RECORD_KINDS } from '../../domain/files/file-types.ts';
import { summariseBackup } from '../../domain/files/file-summary.ts';
import type { DirectoryDatabase } from '../directory.ts';
import { guard, StorageError } from '../errors.ts';
import { createProfileWith } from '../lifecycle/profile-lifecycle.ts';
import { holdRestoring } from '../lifecycle/profile-locks.ts';
import { accessProfile, removeProfileData } from '../profile-access.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { profileDatabaseName } from '../profile-connection.ts';
import type { ProfileRecord } from '../repositories/profiles-repo.ts';
import { createProfile, deleteProfileRecord, finishRestoring } from '../repositories/profiles-repo.ts';
import { sealedWrite } from '../repositories/sealed-write.ts';
import { SEALED_TABLES } from '../vault/vault-descriptor.ts';
import type { OnProgress, RestorePreview, RestoreReport } from './backup-types.ts';
import type { RecordsInWorker } from './file-worker-client.ts';
import { planMergeInWorker, recordsInWorker, sendRecords } from './file-worker-client.ts';
import { breathe, countsOf, readRecordPages, rowIds, TABLE_OF, zeroCounts } from './profile-records.ts';

/** Records sealed between breaths. */
const SEAL_CHUNK = 200;
/** Rows per bulkAdd inside the one transaction (each chunk awaited, so the page keeps answering). */
const WRITE_CHUNK = 200;

export const RESTORE_QUOTA_MESSAGE =
  'There is not enough space on this device to restore this file. Nothing was restored and your existing data is unchanged. Free some space and try again.';

/** A full disk, said in a restore's words; any other failure as it is. */
function restoreError(error: unknown): unknown {
  if (error instanceof StorageError && error.kind === 'quota') return new StorageError('quota', { message: RESTORE_QUOTA_MESSAGE, cause: error });
  return error;
}

/**
 * What a merge into `connection` would do. A row on disk that does not open
 * still holds its id, so a record of the file with that id is planned as if
 * it differed from the one there (kept beside under a fresh id): the
 * unreadable row is never overwritten and the file's record is not lost.
 */
async function planInto(connection: ProfileConnection, incoming: BackupRecords, onProgress?: OnProgress): Promise<MergePlan> {
  const total = RECORD_KINDS.length;
  onProgress?.({ phase: 'checking', done: 0, total });
  const existing = recordsInWorker();
  let sent: RecordsInWorker | undefined;
  try {
    const readable = new Map<RecordKind, Set<string>>(RECORD_KINDS.map((kind) => [kind, new Set()]));
    await readRecordPages(connection, async (page) => {
      for (const record of page.records) readable.get(page.kind)!.add(record.id);
      await existing.append(page.kind, page.records);
    });
    for (const [index, kind] of RECORD_KINDS.entries()) {
      const unreadable = (await rowIds(connection, kind)).filter((id) => !readable.get(kind)!.has(id));
      if (unreadable.length > 0) await existing.append(kind, unreadable.map((id) => ({ id, unreadableOnThisDevice: true })) as unknown as BackupRecords[RecordKind]);
      onProgress?.({ phase: 'checking', done: index + 1, total });
    }
    sent = await sendRecords(incoming);
    return await planMergeInWorker(existing, sent);
  } catch (error) {
    await existing.discard().catch(() => undefined);
    await sent?.discard().catch(() => undefined);
    throw error;
  }
}

/**
 * Seals every record, then adds them all in one transaction (add, never
 * put: an id already there fails the whole write rather than replacing it).
 */
async function writeAll(connection: ProfileConnection, records: BackupRecords, onProgress?: OnProgress): Promise<void> {
  const total = RECORD_KINDS.reduce((sum, kind) => sum + records[kind].length, 0);
  if (total === 0) return;
  const rows: Array<{ table: string; rows: unknown[] }> = [];
  let sealed = 0;
  onProgress?.({ phase: 'preparing', done: 0, total });
  for (const kind of RECORD_KINDS) {
    const table = TABLE_OF[kind];
    const list = records[kind] as Array<{ id: string }>;
    for (let start = 0; start < list.length; start += SEAL_CHUNK) {
      const chunk = await Promise.all(list.slice(start, start + SEAL_CHUNK).map((record) => table.seal(connection, record)));
      rows.push({ table: table.name, rows: chunk });
      sealed += chunk.length;
      onProgress?.({ phase: 'preparing', done: sealed, total });
      await breathe();
    }
  }
  let written = 0;
  onProgress?.({ phase: 'writing', done: 0, total });
  await sealedWrite(connection, SEALED_TABLES, Promise.resolve(rows), async (sealedRows) => {
    for (const { table, rows: chunk } of sealedRows) {
      for (let start = 0; start < chunk.length; start += WRITE_CHUNK) {
        const part = chunk.slice(start, start + WRITE_CHUNK);
        await connection.database.db.table(table).bulkAdd(part);
        written += part.length;
        onProgress?.({ phase: 'writing', done: written, total });
      }
    }
  });
}

/** What the file holds and what a merge into `connection` (if given) would do. Writes nothing. */
export async function previewRestore(connection: ProfileConnection | null, file: OpenedFile): Promise<RestorePreview> {
  const summary = summariseBackup(file);
  const merge = connection ? await planInto(connection, file.body.records) : null;
  return { summary, merge };
}

/** Merges the file into the open profile in one transaction: all of it or, on any failure, nothing. */
export async function mergeBackup(connection: ProfileConnection, file: OpenedFile, options: { onProgress?: OnProgress } = {}): Promise<RestoreReport> {
  try {
    const plan = await planInto(connection, file.body.records, options.onProgress);
    await writeAll(connection, plan.add, options.onProgress);
    return { profileId: connection.profileId, added: countsOf(plan.add), identical: plan.identical, keptBeside: plan.keptBeside, notMerged: plan.notMerged };
  } catch (error) {
    throw restoreError(error);
  }
}

/** Removes a profile that a failed restore created: its key, entry and database, whatever state it was left in. */
async function discardProfile(directory: DirectoryDatabase, profileId: string, connection: ProfileConnection | undefined): Promise<void> {
  if (connection) {
    connection.vault.revoke(0);
    try {
      await removeProfileData(directory, connection);
      return;
    } catch {
      connection.database.db.close(); // then remove what is left below
    }
  }
  await deleteProfileRecord(directory, profileId).catch(() => undefined);
  await guard(() => Dexie.delete(profileDatabaseName(profileId))).catch(() => undefined); // a leftover is swept at start (removeOrphanProfileDatabases)
}

/** Restores the file as a new profile (locked with `passphrase` if given); on any failure the new profile is removed whole. */
export async function restoreAsNewProfile(
  directory: DirectoryDatabase,
  file: OpenedFile,
  options: { displayName: string; passphrase: string | null; onProgress?: OnProgress },
): Promise<{ profile: ProfileRecord; report: RestoreReport }> {
  const passphrase = options.passphrase || null;
  let created: ProfileRecord | undefined;
  let connection: ProfileConnection | undefined;
  let release = () => undefined as void;
  try {
    // Marked as being restored (never listed, swept at the next start) until the last step clears the mark.
    const profile: ProfileRecord = await createProfileWith(
      directory,
      async () => {
        created = await createProfile(directory, options.displayName, new Date(), { restoring: true });
        release = await holdRestoring(created.id);
        return created;
      },
      passphrase,
    );
    delete profile.restoring; // as it will be once the restore completes (the returned record is a copy)
    connection = (await accessProfile(directory, profile, passphrase)).connection;
    const { records } = file.body;
    await writeAll(connection, records, options.onProgress);
    await connection.database.settle();
    connection.vault.revoke(0);
    connection.database.db.close();
    await finishRestoring(directory, profile.id);
    const report: RestoreReport = { profileId: profile.id, added: countsOf(records), identical: zeroCounts(), keptBeside: zeroCounts(), notMerged: zeroCounts() };
    return { profile, report };
  } catch (error) {
    if (created) await discardProfile(directory, created.id, connection);
    throw restoreError(error);
  } finally {
    release();
  }
}
