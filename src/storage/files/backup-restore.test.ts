// @vitest-environment node
/**
 * Backup and restore end to end over fake-indexeddb: a profile backed up,
 * opened and restored as a new profile holds the same records; merges
 * never overwrite or lose a record; a write that fails half-way leaves
 * nothing behind.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OpenedFile } from '../../domain/files/file-types.ts';
import { MAX_FILE_BYTES } from '../../domain/files/file-types.ts';
import { SAMPLE_NOW, sampleBackupBody } from '../../domain/files/testing/sample-backup.ts';
import { writeAttuneFile } from '../../domain/files/write-file.ts';
import { DEFAULT_PREFERENCES } from '../../domain/preferences.ts';
import { makeDraft } from '../../testing/factories.ts';
import { openDirectory } from '../directory.ts';
import type { DirectoryDatabase } from '../directory.ts';
import { createProfileWith } from '../lifecycle/profile-lifecycle.ts';
import { accessProfile, removeOrphanProfileDatabases } from '../profile-access.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { openProfile } from '../profile-connection.ts';
import { getDraft, saveDraft } from '../repositories/drafts-repo.ts';
import { listAllJournal, saveJournalEntry } from '../repositories/journal-repo.ts';
import type { ProfileRecord } from '../repositories/profiles-repo.ts';
import { createProfile, listProfileEntries, listProfiles } from '../repositories/profiles-repo.ts';
import { getResponse } from '../repositories/responses-repo.ts';
import { listIntentions } from '../repositories/intentions-repo.ts';
import { listPracticeLog, savePracticeLog } from '../repositories/practice-log-repo.ts';
import { getPreferences, listWeeklyReflections, savePreferences, saveWeeklyReflection } from '../repositories/weekly-repo.ts';
import { VAULT_META_KEY } from '../vault/vault-descriptor.ts';
import { backupFileName, fileSlug, makeBackupFile } from './export-backup.ts';
import { readLastBackup, recordLastBackup } from './last-backup.ts';
import { openAttuneFile } from './open-file.ts';
import { mergeBackup, previewRestore, RESTORE_QUOTA_MESSAGE, restoreAsNewProfile } from './restore-backup.ts';
import { rawTableHashes, recordsHash } from './table-hash.ts';
import { READ_PAGE_SIZE, readAllRecords } from './profile-records.ts';
import { populate, sampleJournal, samplePractice, sampleRecords, sampleResponse, sampleWeekly } from './testing/populate.ts';

const PASSPHRASE = 'lantern orchard quietly';
const NOW = new Date('2026-12-03T10:00:00.000Z');

const open: ProfileConnection[] = [];

afterEach(() => {
  vi.restoreAllMocks();
  for (const connection of open.splice(0)) connection.database.db.close();
});

async function plainProfile(directory: DirectoryDatabase, name = 'Sam at St Mary’s'): Promise<{ record: ProfileRecord; connection: ProfileConnection }> {
  const record = await createProfile(directory, name);
  const connection = await openProfile(record);
  open.push(connection);
  return { record, connection };
}

async function lockedProfile(directory: DirectoryDatabase, name: string, passphrase: string) {
  const record = await createProfileWith(directory, () => createProfile(directory, name), passphrase);
  const { connection } = await accessProfile(directory, record, passphrase);
  open.push(connection);
  return { record, connection };
}

async function openedBackup(connection: ProfileConnection, passphrase?: string): Promise<OpenedFile> {
  const made = await makeBackupFile(connection, 'Sam', { passphrase, now: NOW });
  const read = await openAttuneFile(made.blob, { passphrase, expectKind: 'backup', now: NOW });
  if (!read.ok) throw new Error(`refused: ${read.rejection.reason} ${read.rejection.detail ?? ''}`);
  return read.file;
}

function tableProto(connection: ProfileConnection, table: string) {
  // Each Dexie database has a Table prototype of its own, over Dexie's shared Table.prototype.
  return Object.getPrototypeOf(Object.getPrototypeOf(connection.database.db.table(table))) as { bulkAdd: (...args: unknown[]) => Promise<unknown> };
}

/**
 * Runs `run` with every bulkAdd into a table named `table`, in any database,
 * failing as a full disk does; Dexie's shared prototype is put back
 * afterwards, whatever happens, so no later test inherits the full disk.
 */
async function withFullDiskOn<T>(connection: ProfileConnection, table: string, run: () => Promise<T>): Promise<T> {
  const proto = tableProto(connection, table);
  const original = proto.bulkAdd;
  const spy = vi.spyOn(proto, 'bulkAdd').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
    if (this.name === table) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    return original.apply(this, args);
  });
  try {
    return await run();
  } finally {
    spy.mockRestore();
  }
}

/** Reads the sample records back through the repositories the screens use (not through the backup's own reader). */
async function expectSampleRecords(connection: ProfileConnection): Promise<void> {
  const records = sampleRecords();
  expect(await getResponse(connection, 'response-1')).toEqual(records.responses[0]);
  expect(await getDraft(connection, records.drafts[0]!.id)).toEqual(makeDraft({ startedAt: '2026-11-04T08:00:00.000Z', updatedAt: '2026-11-04T08:03:00.000Z' }));
  expect((await listIntentions(connection)).items).toEqual(records.intentions);
  expect((await listAllJournal(connection)).items).toEqual(records.journal);
  expect((await listPracticeLog(connection)).items).toEqual(records.practiceLog);
  expect((await listWeeklyReflections(connection)).items).toEqual(records.weeklyReflections);
  expect(await getPreferences(connection)).toEqual(records.preferences[0]);
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

describe('backing up and restoring as a new profile', () => {
  it('restores a plain profile’s every record into a new profile, which hashes the same', async () => {
    const directory = await openDirectory();
    const { connection } = await plainProfile(directory);
    await populate(connection);
    const file = await openedBackup(connection);
    expect(file.encrypted).toBe(false);

    const { profile, report } = await restoreAsNewProfile(directory, file, { displayName: 'Sam (restored)', passphrase: null });
    expect(report.added).toEqual({ responses: 1, drafts: 1, intentions: 1, journal: 1, practiceLog: 1, weeklyReflections: 1, preferences: 1 });
    const restored = await openProfile(profile);
    open.push(restored);
    expect(await recordsHash(restored)).toBe(await recordsHash(connection));
    await expectSampleRecords(restored);
    directory.db.close();
  });

  it('backs up a locked profile encrypted, and restores it locked with a new passphrase', async () => {
    const directory = await openDirectory();
    const { connection } = await lockedProfile(directory, 'Locked', PASSPHRASE);
    await populate(connection);
    const made = await makeBackupFile(connection, 'Locked', { passphrase: PASSPHRASE, now: NOW });
    expect(made.encrypted).toBe(true);
    expect(await made.blob.text()).not.toContain('Listened properly');
    const read = await openAttuneFile(made.blob, { passphrase: PASSPHRASE, expectKind: 'backup', now: NOW });
    if (!read.ok) throw new Error(read.rejection.reason);

    const { profile } = await restoreAsNewProfile(directory, read.file, { displayName: 'Locked again', passphrase: 'a different passphrase' });
    expect(profile.vault.scheme).toBe('aes-gcm');
    const { connection: restored } = await accessProfile(directory, profile, 'a different passphrase');
    open.push(restored);
    expect(await recordsHash(restored)).toBe(await recordsHash(connection));
    await expectSampleRecords(restored);
    directory.db.close();
  });

  it('counts a row that does not open, names it in the file, and leaves it out', async () => {
    const directory = await openDirectory();
    const { connection } = await plainProfile(directory);
    await populate(connection);
    await saveJournalEntry(connection, sampleJournal('journal-2', 'Altered on disk'));
    await connection.database.db.table('journal').update('journal-2', { createdAt: '2020-01-01T00:00:00.000Z' }); // no longer matches its sealed copy

    const made = await makeBackupFile(connection, 'Sam', { now: NOW });
    expect(made.unreadable).toEqual({ journal: 1 });
    expect(made.counts.journal).toBe(1);
    const read = await openAttuneFile(made.blob, { expectKind: 'backup', now: NOW });
    if (!read.ok) throw new Error(read.rejection.reason);
    expect(read.file.body.unreadable).toEqual({ journal: 1 });
    expect(read.file.body.records.journal.map((e) => e.id)).toEqual(['journal-1']);
    expect(await made.blob.text()).not.toContain('Altered on disk');
    directory.db.close();
  });

  it('does not count making the file as a backup (the caller records it once the file has left the device), and names the file after the profile and the day', async () => {
    const directory = await openDirectory();
    const { connection } = await plainProfile(directory);
    expect(await readLastBackup(connection)).toBeNull();
    const made = await makeBackupFile(connection, 'Dr Siân O’Brien — Ward 7', { now: NOW });
    expect(await readLastBackup(connection)).toBeNull();
    await recordLastBackup(connection, NOW);
    expect(await readLastBackup(connection)).toBe(NOW.toISOString());
    expect(made.fileName).toMatch(/^attune-backup-dr-sian-o-brien-ward-7-\d{4}-\d{2}-\d{2}\.json$/);
    directory.db.close();
  });

  it('refuses to make a file that could not be restored, naming the kind, and backs up records a reset clock dated 1970', async () => {
    const directory = await openDirectory();
    const { connection } = await plainProfile(directory);
    await populate(connection);
    await saveJournalEntry(connection, { ...sampleJournal('journal-ahead', 'Written while the clock ran ahead'), createdAt: '2026-12-10T10:00:00.000Z' });
    await expect(makeBackupFile(connection, 'Sam', { now: NOW })).rejects.toMatchObject({
      name: 'StorageError',
      message: expect.stringMatching(/^1 journal entry has a date this app cannot restore/),
    });
    await saveJournalEntry(connection, { ...sampleJournal('journal-ahead', 'Written while the clock was reset'), createdAt: '1970-01-01T00:05:00.000Z' });
    const file = await openedBackup(connection);
    expect(file.body.records.journal.map((e) => e.id).sort()).toEqual(['journal-1', 'journal-ahead']);
    directory.db.close();
  });

  it('reads a profile of several pages, every record once', async () => {
    const directory = await openDirectory();
    const { connection } = await plainProfile(directory);
    const many = READ_PAGE_SIZE * 2 + 7;
    await Promise.all(Array.from({ length: many }, (_, i) => savePracticeLog(connection, samplePractice(`practice-${String(i).padStart(4, '0')}`))));
    const pages: number[] = [];
    const { records } = await readAllRecords(connection, (page) => {
      if (page.kind === 'practiceLog') pages.push(page.records.length);
    });
    expect(pages).toEqual([READ_PAGE_SIZE, READ_PAGE_SIZE, 7]);
    expect(new Set(records.practiceLog.map((p) => p.id)).size).toBe(many);
    const made = await makeBackupFile(connection, 'Sam', { now: NOW });
    expect(made.counts.practiceLog).toBe(many);
    directory.db.close();
  });

  it('reports reading progress up to every row, then preparing', async () => {
    const directory = await openDirectory();
    const { connection } = await plainProfile(directory);
    await populate(connection);
    const seen: string[] = [];
    await makeBackupFile(connection, 'Sam', { now: NOW, onProgress: (p) => seen.push(`${p.phase} ${p.done}/${p.total}`) });
    expect(seen[0]).toBe('reading 0/7');
    expect(seen).toContain('reading 7/7');
    expect(seen.at(-1)).toBe('preparing 1/1');
    directory.db.close();
  });
});

describe('the file name', () => {
  it('is ASCII lower case with single hyphens, and "profile" when the name has no such letters', () => {
    expect(fileSlug('  Ward 7: nights / days  ')).toBe('ward-7-nights-days');
    expect(fileSlug('看護師長')).toBe('profile');
    expect(fileSlug('..')).toBe('profile');
    expect(fileSlug('a'.repeat(100))).toHaveLength(40);
    expect(backupFileName('CON', new Date('2026-06-15T12:00:00.000Z'))).toMatch(/^attune-backup-con-2026-06-1[45]\.json$/);
  });
});

describe('opening a file', () => {
  it('refuses a file over the size limit from its size alone, without reading it', async () => {
    const read = { arrayBuffer: vi.fn(), text: vi.fn(), stream: vi.fn(), slice: vi.fn(), bytes: vi.fn() };
    const huge = { size: MAX_FILE_BYTES + 1, type: 'application/json', ...read } as unknown as Blob;
    const result = await openAttuneFile(huge, { expectKind: 'backup' });
    expect(result).toMatchObject({ ok: false, rejection: { reason: 'too-large' } });
    for (const method of Object.values(read)) expect(method).not.toHaveBeenCalled();
  });

  it('refuses a file that cannot be read to its end as incomplete', async () => {
    const vanishing = { size: 120, type: 'application/json', arrayBuffer: () => Promise.reject(new DOMException('The file could not be read.', 'NotReadableError')) };
    expect(await openAttuneFile(vanishing as unknown as Blob, { expectKind: 'backup' })).toMatchObject({ ok: false, rejection: { reason: 'truncated' } });
  });

  it('knows every questionnaire version the app ships, current and archived, and refuses one it does not', async () => {
    const body = sampleBackupBody();
    const known = await writeAttuneFile('backup', body, { appVersion: '1.0.0', schemaVersion: 4, now: SAMPLE_NOW });
    expect(await openAttuneFile(new Blob([known]), { expectKind: 'backup', now: SAMPLE_NOW })).toMatchObject({ ok: true });
    body.records.responses[0]!.questionnaireVersion = 99;
    const newer = await writeAttuneFile('backup', body, { appVersion: '9.0.0', schemaVersion: 4, now: SAMPLE_NOW });
    expect(await openAttuneFile(new Blob([newer]), { expectKind: 'backup', now: SAMPLE_NOW })).toMatchObject({
      ok: false,
      rejection: { reason: 'unknown-content', message: expect.stringContaining('update Attune to open this file') },
    });
  });
});

describe('merging into the open profile', () => {
  it('skips identical records, keeps a changed one beside the existing with its references rewritten, and never replaces the draft or the preferences', async () => {
    const directory = await openDirectory();
    const { connection: source } = await plainProfile(directory, 'Source');
    await populate(source);
    await saveJournalEntry(source, sampleJournal('journal-1', 'The same id, written differently'));
    await saveJournalEntry(source, sampleJournal('journal-new', 'Only in the file'));
    await saveDraft(source, { ...makeDraft(), stepIndex: 3, answers: { 'attending-0': 1 } });
    await savePreferences(source, { ...DEFAULT_PREFERENCES, dueWeekday: 6 });
    await saveWeeklyReflection(source, { ...sampleWeekly(), late: true });
    const file = await openedBackup(source);

    const { connection: target } = await plainProfile(directory, 'Target');
    const records = sampleRecords();
    await populate(target);
    const draftBefore = await getDraft(target, records.drafts[0]!.id);

    const preview = await previewRestore(target, file);
    expect(preview.summary.counts.journal).toBe(2);
    expect(preview.merge?.keptBeside.journal).toBe(1);

    const report = await mergeBackup(target, file);
    expect(report.identical).toMatchObject({ responses: 1, intentions: 1, practiceLog: 1 });
    expect(report.keptBeside).toMatchObject({ journal: 1, weeklyReflections: 1 });
    expect(report.added).toMatchObject({ journal: 2, weeklyReflections: 1 });
    expect(report.notMerged).toMatchObject({ drafts: 1, preferences: 1 });

    const journal = (await listAllJournal(target)).items;
    expect(journal.map((e) => e.text).sort()).toEqual(['Listened properly in the huddle today.', 'Only in the file', 'The same id, written differently']);
    const beside = journal.find((e) => e.text === 'The same id, written differently')!;
    expect(beside.id).not.toBe('journal-1');
    // The file's (changed) weekly reflection pointed at its own journal-1, which now lives under the fresh id.
    const weeklies = (await listWeeklyReflections(target)).items;
    expect(weeklies.map((w) => w.journalEntryId).sort()).toEqual([beside.id, 'journal-1'].sort());
    expect(await getDraft(target, records.drafts[0]!.id)).toEqual(draftBefore);
    expect((await getPreferences(target)).dueWeekday).toBe(3);
    directory.db.close();
  });

  it('keeps a file’s record beside a row here that does not open, leaving that row exactly as it was', async () => {
    const directory = await openDirectory();
    const { connection: source } = await plainProfile(directory, 'Source');
    await populate(source);
    const file = await openedBackup(source);
    const { connection: target } = await plainProfile(directory, 'Target');
    await saveJournalEntry(target, sampleJournal('journal-1', 'Mine, altered on disk'));
    await target.database.db.table('journal').update('journal-1', { createdAt: '2020-01-01T00:00:00.000Z' });
    const damagedRow = await target.database.db.table('journal').get('journal-1');

    const report = await mergeBackup(target, file);
    expect(report.keptBeside.journal).toBe(1);
    expect(await target.database.db.table('journal').get('journal-1')).toEqual(damagedRow);
    expect((await listAllJournal(target)).items.map((e) => e.text)).toEqual(['Listened properly in the huddle today.']);
    directory.db.close();
  });

  it('takes the file’s preferences when the profile has none saved', async () => {
    const directory = await openDirectory();
    const { connection: source } = await plainProfile(directory, 'Source');
    await populate(source);
    const file = await openedBackup(source);
    const { connection: empty } = await plainProfile(directory, 'Empty');
    await mergeBackup(empty, file);
    expect((await getPreferences(empty)).dueWeekday).toBe(3);
    directory.db.close();
  });

  it('writes nothing when the disk fills half-way, and says so in a restore’s words', async () => {
    const directory = await openDirectory();
    const { connection: source } = await plainProfile(directory, 'Source');
    await populate(source);
    await saveJournalEntry(source, sampleJournal('journal-new', 'Only in the file'));
    const file = await openedBackup(source);
    file.body.records.responses.push(sampleResponse('response-new', 2));

    const { connection: target } = await plainProfile(directory, 'Target');
    await saveJournalEntry(target, sampleJournal('journal-mine', 'Mine'));
    const before = await rawTableHashes(target);
    // Responses are written first, then the journal fails.
    await withFullDiskOn(target, 'journal', () =>
      expect(mergeBackup(target, file)).rejects.toMatchObject({ name: 'StorageError', kind: 'quota', message: RESTORE_QUOTA_MESSAGE }),
    );
    expect(vi.isMockFunction(tableProto(target, 'journal').bulkAdd)).toBe(false);
    expect(await rawTableHashes(target)).toEqual(before);
    expect(await getResponse(target, 'response-new')).toBeUndefined();
    directory.db.close();
  });

  it('refuses, writing nothing, when another tab set a passphrase during the merge', async () => {
    const directory = await openDirectory();
    const { connection: source } = await plainProfile(directory, 'Source');
    await populate(source);
    const file = await openedBackup(source);
    const { connection: target } = await plainProfile(directory, 'Target');
    const descriptor = { scheme: 'aes-gcm', kdf: { name: 'PBKDF2-SHA256', iterations: 600_000, salt: 'c2FsdA==' }, wrappedKey: { iv: 'aXY=', ciphertext: 'eA==' } };
    let changed: Promise<unknown> | undefined;
    const merging = mergeBackup(target, file, {
      onProgress: (p) => {
        if (p.phase === 'preparing' && !changed) changed = target.database.db.table('meta').put({ key: VAULT_META_KEY, value: descriptor });
      },
    });
    await expect(merging).rejects.toMatchObject({ kind: 'vault-changed' });
    await changed;
    const hashes = await rawTableHashes(target);
    const empty = await rawTableHashes((await plainProfile(directory, 'Never written')).connection);
    for (const table of ['responses', 'drafts', 'intentions', 'journal', 'practiceLog', 'weeklyReflections', 'preferences']) {
      expect(hashes[table], table).toBe(empty[table]);
    }
    directory.db.close();
  });
});

describe('a new profile that fails half-way', () => {
  it('is removed whole: no directory entry, no database', async () => {
    const directory = await openDirectory();
    const { connection: source } = await plainProfile(directory, 'Source');
    await populate(source);
    const file = await openedBackup(source);
    const profilesBefore = await listProfiles(directory);
    const namesBefore = await databaseNames();

    await withFullDiskOn(source, 'journal', () =>
      expect(restoreAsNewProfile(directory, file, { displayName: 'Restored', passphrase: null })).rejects.toMatchObject({
        kind: 'quota',
        message: RESTORE_QUOTA_MESSAGE,
      }),
    );
    expect(vi.isMockFunction(tableProto(source, 'journal').bulkAdd)).toBe(false);
    expect(await listProfiles(directory)).toEqual(profilesBefore);
    expect((await databaseNames()).sort()).toEqual(namesBefore.sort());
    directory.db.close();
  });
});

describe('a new profile whose restore never finished (the tab closed or was killed)', () => {
  it('is never listed while marked, and the start-up sweep removes it whole', async () => {
    const directory = await openDirectory();
    const { connection: source } = await plainProfile(directory, 'Source');
    await populate(source);
    const file = await openedBackup(source);
    const profilesBefore = await listProfiles(directory);
    const namesBefore = await databaseNames();

    // Killed mid-write: the entry exists and part of the file is written; nothing after runs.
    const killed = await createProfile(directory, 'Killed', new Date(), { restoring: true });
    const half = await openProfile(killed);
    await saveJournalEntry(half, file.body.records.journal[0]!);
    half.database.db.close();

    // Failed at the write, and its clean-up could not remove the entry either.
    const dirProto = Object.getPrototypeOf(Object.getPrototypeOf(directory.db.table('profiles'))) as { delete: (...args: unknown[]) => Promise<unknown> };
    const originalDelete = dirProto.delete;
    const noDelete = vi.spyOn(dirProto, 'delete').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'profiles') return Promise.reject(new DOMException('gone', 'UnknownError'));
      return originalDelete.apply(this, args);
    });
    try {
      await withFullDiskOn(source, 'journal', () => expect(restoreAsNewProfile(directory, file, { displayName: 'Failed', passphrase: null })).rejects.toMatchObject({ kind: 'quota' }));
    } finally {
      noDelete.mockRestore();
    }

    expect((await listProfileEntries(directory)).filter((p) => p.restoring)).toHaveLength(2);
    expect(await listProfiles(directory)).toEqual(profilesBefore); // never offered to a picker

    await removeOrphanProfileDatabases(directory); // the next start
    expect(await listProfileEntries(directory)).toEqual(profilesBefore);
    expect((await databaseNames()).sort()).toEqual(namesBefore.sort());
    directory.db.close();
  });

  it('a completed restore is listed and no longer marked', async () => {
    const directory = await openDirectory();
    const { connection: source } = await plainProfile(directory, 'Source');
    const file = await openedBackup(source);
    const { profile } = await restoreAsNewProfile(directory, file, { displayName: 'Done', passphrase: 'a passphrase here' });
    expect(profile.restoring).toBeUndefined();
    const listed = (await listProfiles(directory)).find((p) => p.id === profile.id);
    expect(listed).toEqual(profile);
    await removeOrphanProfileDatabases(directory);
    expect((await listProfiles(directory)).map((p) => p.id)).toContain(profile.id);
    directory.db.close();
  });
});
