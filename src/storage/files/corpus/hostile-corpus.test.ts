/**
 * Every file of the hostile corpus (hostile-corpus.ts), made from a real
 * backup of a populated profile, is opened as the restore screen opens a
 * chosen file (openAttuneFile on a Blob), beside a populated plain profile
 * and, for a subset, a locked one:
 * - refused: for a reason the file allows (whether it had to be refused or
 *   might have opened), with a message, and every table of the populated
 *   profiles hashes exactly as before (rawTableHashes);
 * - opened: merged into a copy of the populated profile, which shares ids
 *   with the backup (some records identical, some changed: overlappingProfile),
 *   whole: every record that was there still is, every record of the file
 *   is skipped, added, or kept beside with its references rewritten, every
 *   reference points at a record that is there, and the report counts each
 *   rule record by record;
 * - the write phase leaves nothing partial: before each merge the same merge
 *   runs with the disk filling up part-way (a bulkAdd chunk throws
 *   QuotaExceededError) and every table of the copy hashes as before; for
 *   every RESTORE_NEW_EVERY-th file that opens, a restore as a new profile
 *   failing the same way leaves no directory entry and no database;
 * - and nothing anywhere was polluted: ({}).polluted stays undefined and
 *   Object.prototype gains no key.
 *
 * Key derivation is memoised (the same passphrase and parameters give the
 * same key), so the encrypted files cost one derivation each, not hundreds.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { canonicalJson, bodyChecksum } from '../../../domain/files/canonical.ts';
import type * as FileCrypto from '../../../domain/files/file-crypto.ts';
import type { BackupBody, BackupRecords, OpenedFile, RecordKind } from '../../../domain/files/file-types.ts';
import { RECORD_KINDS } from '../../../domain/files/file-types.ts';
import { planMerge } from '../../../domain/files/merge-plan.ts';
import { sampleBackupBody } from '../../../domain/files/testing/sample-backup.ts';
import type { DirectoryDatabase } from '../../directory.ts';
import { openDirectory } from '../../directory.ts';
import { createProfileWith } from '../../lifecycle/profile-lifecycle.ts';
import { accessProfile } from '../../profile-access.ts';
import type { ProfileConnection } from '../../profile-connection.ts';
import { saveDraft } from '../../repositories/drafts-repo.ts';
import { saveIntention } from '../../repositories/intentions-repo.ts';
import { saveJournalEntry } from '../../repositories/journal-repo.ts';
import { savePracticeLog } from '../../repositories/practice-log-repo.ts';
import { createProfile } from '../../repositories/profiles-repo.ts';
import { saveCompletedResponse } from '../../repositories/responses-repo.ts';
import { savePreferences, saveWeeklyReflection } from '../../repositories/weekly-repo.ts';
import { makeBackupFile } from '../export-backup.ts';
import { openAttuneFile } from '../open-file.ts';
import { readAllRecords } from '../profile-records.ts';
import { mergeBackup, RESTORE_QUOTA_MESSAGE, restoreAsNewProfile } from '../restore-backup.ts';
import { canonicalStored, rawTableHashes } from '../table-hash.ts';
import type { CorpusFile } from './hostile-corpus.ts';
import { hostileCorpus } from './hostile-corpus.ts';

vi.mock('../../../domain/files/file-crypto.ts', async (importOriginal) => {
  const original = await importOriginal<typeof FileCrypto>();
  const keys = new Map<string, Promise<CryptoKey>>();
  return {
    ...original,
    deriveFileKey: (passphrase: string, kdf: { iterations: number; salt: string }) => {
      const key = JSON.stringify([passphrase, kdf.iterations, kdf.salt]);
      if (!keys.has(key)) keys.set(key, original.deriveFileKey(passphrase, kdf));
      return keys.get(key)!;
    },
  };
});

const NOW = new Date('2026-12-03T12:00:00.000Z');
const PASSPHRASE = 'a quiet walk by the river';
const PROFILE_PASSPHRASE = 'the ward at night is calm';
/** Every LOCKED_EVERY-th file is also checked beside the locked profile (each accepted one costs a key derivation). */
const LOCKED_EVERY = 40;
/** Every RESTORE_NEW_EVERY-th file that opens is also restored as a new profile with the disk filling up part-way. */
const RESTORE_NEW_EVERY = 4;

/** The sample profile with every id (and every reference to it) given a prefix: records of the profile's own that no file shares. */
function withIdPrefix(records: BackupRecords, prefix: string): BackupRecords {
  const ids = new Set<string>();
  for (const kind of RECORD_KINDS) {
    if (kind === 'drafts' || kind === 'preferences') continue;
    for (const record of records[kind]) ids.add(record.id);
  }
  const rename = (value: unknown): unknown => {
    if (typeof value === 'string') return ids.has(value) ? `${prefix}${value}` : value;
    if (Array.isArray(value)) return value.map(rename);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rename(v)]));
    return value;
  };
  return rename(records) as BackupRecords;
}

/**
 * What the populated profile holds: the sample's records under other ids,
 * and beside them the very records the backup holds, some identical and
 * some changed, so merging a file exercises every rule: response-1,
 * practice-1 and the draft identical (skipped); response-2, intention-1,
 * practice-2 and weekly-1 changed (kept beside under a fresh id, and the
 * file's references to them rewritten: weekly-1 to response-2 and
 * intention-1, journal-1 to intention-1); the preferences changed (not
 * merged); journal-1 and the weekly pulse not here (added as they are).
 */
function overlappingProfile(sample: BackupRecords): BackupRecords {
  const own = withIdPrefix(sample, 'here-');
  const shared = structuredClone(sample);
  const [response1, response2] = shared.responses;
  const changedResponse2 = { ...response2!, notes: { ...response2!.notes, presence: 'Written again on this device.' } };
  return {
    responses: [...own.responses, response1!, changedResponse2],
    drafts: shared.drafts,
    intentions: [...own.intentions, ...shared.intentions.map((intention) => ({ ...intention, text: `${intention.text} (edited here)` }))],
    journal: own.journal,
    practiceLog: [...own.practiceLog, shared.practiceLog[0]!, { ...shared.practiceLog[1]!, note: 'Edited here.' }],
    weeklyReflections: [...own.weeklyReflections, ...shared.weeklyReflections.map((reflection) => ({ ...reflection, late: !reflection.late }))],
    preferences: shared.preferences.map((preferences) => ({ ...preferences, hideStreak: !preferences.hideStreak })),
  };
}

/** What merging the real backup's records into the populated profile does, by rule (overlappingProfile). */
const REAL_RECORDS_MERGE = {
  added: { responses: 0, drafts: 0, intentions: 0, journal: 1, practiceLog: 0, weeklyReflections: 0, preferences: 0 },
  identical: { responses: 1, drafts: 1, intentions: 0, journal: 0, practiceLog: 1, weeklyReflections: 0, preferences: 0 },
  keptBeside: { responses: 1, drafts: 0, intentions: 1, journal: 0, practiceLog: 1, weeklyReflections: 1, preferences: 0 },
  notMerged: { responses: 0, drafts: 0, intentions: 0, journal: 0, practiceLog: 0, weeklyReflections: 0, preferences: 1 },
};

/** Which fields of a kind refer to a record of another kind (as merge-plan.ts rewrites them). */
const REFERENCES: { [K in RecordKind]?: ReadonlyArray<readonly [field: string, target: RecordKind]> } = {
  weeklyReflections: [
    ['pulseResponseId', 'responses'],
    ['practiceLogId', 'practiceLog'],
    ['journalEntryId', 'journal'],
    ['intentionId', 'intentions'],
  ],
  journal: [
    ['responseId', 'responses'],
    ['intentionId', 'intentions'],
  ],
  intentions: [['responseId', 'responses']],
};
const SINGLE_KINDS: ReadonlySet<RecordKind> = new Set(['drafts', 'preferences']);

type AnyRecord = { id: string } & Record<string, unknown>;

/**
 * A record as it reads, whatever its id and the ids it refers to: the id
 * left out and every reference replaced by the record it points at (so
 * followed), or marked dangling. A record kept beside under a fresh id, with
 * its references rewritten, reads the same as the file's.
 */
function readsAs(records: BackupRecords, kind: RecordKind, record: AnyRecord, unfollowed: ReadonlySet<string> = new Set(), depth = 0): string {
  const copy: Record<string, unknown> = { ...record, id: null };
  for (const [field, target] of REFERENCES[kind] ?? []) {
    const reference = record[field];
    if (typeof reference !== 'string') continue;
    const pointed = unfollowed.has(`${target}:${reference}`) ? undefined : (records[target] as AnyRecord[]).find((other) => other.id === reference);
    copy[field] = pointed && depth < 4 ? { to: readsAs(records, target, pointed, unfollowed, depth + 1) } : { dangling: reference };
  }
  return canonicalJson(copy);
}

/** The references of `records` that point at no record among them ("kind:id"): a merge leaves them as they are. */
function danglingIn(records: BackupRecords): Set<string> {
  const dangling = new Set<string>();
  for (const kind of RECORD_KINDS) {
    for (const record of records[kind] as AnyRecord[]) {
      for (const [field, target] of REFERENCES[kind] ?? []) {
        const reference = record[field];
        if (typeof reference === 'string' && !(records[target] as AnyRecord[]).some((other) => other.id === reference)) dangling.add(`${target}:${reference}`);
      }
    }
  }
  return dangling;
}

/** Writes records through the repositories, as the app saves them. */
async function populate(connection: ProfileConnection, records: BackupRecords): Promise<void> {
  for (const response of records.responses) await saveCompletedResponse(connection, response);
  for (const { id, ...draft } of records.drafts) await saveDraft(connection, { questionnaireId: id, ...draft });
  for (const intention of records.intentions) await saveIntention(connection, intention);
  for (const entry of records.journal) await saveJournalEntry(connection, entry);
  for (const entry of records.practiceLog) await savePracticeLog(connection, entry);
  for (const reflection of records.weeklyReflections) await saveWeeklyReflection(connection, reflection);
  for (const preferences of records.preferences) await savePreferences(connection, preferences);
}

function asBlob(file: CorpusFile): { blob: Blob; reads: () => number } {
  const blob = new Blob([file.bytes.slice().buffer]);
  let reads = 0;
  if (file.claimedSize !== undefined) {
    Object.defineProperty(blob, 'size', { value: file.claimedSize });
    for (const method of ['arrayBuffer', 'text', 'stream', 'slice', 'bytes'] as const) {
      const original = (blob as unknown as Record<string, unknown>)[method];
      if (typeof original === 'function') {
        Object.defineProperty(blob, method, { value: (...args: unknown[]) => ((reads += 1), (original as (...a: unknown[]) => unknown).apply(blob, args)) });
      }
    }
  }
  return { blob, reads: () => reads };
}

const byId = (records: readonly { id: string }[]) => new Map(records.map((record) => [record.id, canonicalJson(record)]));

interface MergeCounts {
  added: Record<RecordKind, number>;
  identical: Record<RecordKind, number>;
  keptBeside: Record<RecordKind, number>;
  notMerged: Record<RecordKind, number>;
}

/**
 * Checks that `after` holds every record of `before`, unchanged, and every
 * record of `file`: skipped when the same record is here, else under its
 * own id or (the same id holding something else here) kept beside under a
 * fresh id, reading as in the file with its references followed; drafts and
 * preferences here are kept. No other record appears, and every reference
 * points at a record that is there (unless it pointed nowhere in the file
 * either). Returns what a report must say, counted record by record.
 */
function expectWholeMerge(before: BackupRecords, file: BackupRecords, after: BackupRecords, name: string): MergeCounts {
  const counts: MergeCounts = { added: zero(), identical: zero(), keptBeside: zero(), notMerged: zero() };
  const unfollowed = danglingIn(file);
  for (const kind of RECORD_KINDS) {
    const had = byId(before[kind]);
    const now = byId(after[kind]);
    for (const [id, text] of had) expect(now.get(id), `${name}: ${kind} ${id} was there before`).toBe(text);
    const fresh = (after[kind] as AnyRecord[]).filter((record) => !had.has(record.id));
    const unmatched = new Set(fresh);
    for (const record of file[kind] as AnyRecord[]) {
      const here = had.get(record.id);
      if (here === canonicalJson(record)) {
        counts.identical[kind] += 1;
      } else if (here !== undefined && SINGLE_KINDS.has(kind)) {
        counts.notMerged[kind] += 1; // the profile's own is kept
      } else {
        if (here === undefined) counts.added[kind] += 1;
        else counts.keptBeside[kind] += 1;
        const wanted = readsAs(file, kind, record);
        const match = fresh.find((other) => unmatched.has(other) && (here !== undefined || other.id === record.id) && readsAs(after, kind, other, unfollowed) === wanted);
        expect(match, `${name}: ${kind} ${record.id} ${here === undefined ? 'added' : 'kept beside'}, reading as in the file`).toBeDefined();
        unmatched.delete(match!);
      }
    }
    expect(
      [...unmatched].map((record) => record.id),
      `${name}: ${kind} records from nowhere`,
    ).toEqual([]);
    for (const record of after[kind] as AnyRecord[]) {
      for (const [field, target] of REFERENCES[kind] ?? []) {
        const reference = record[field];
        if (typeof reference !== 'string') continue;
        const exists = (records: BackupRecords) => (records[target] as AnyRecord[]).some((other) => other.id === reference);
        if (exists(file) || exists(before)) expect(exists(after), `${name}: ${kind} ${record.id}.${field} -> ${target} ${reference}`).toBe(true);
      }
    }
  }
  return counts;
}

function zero(): Record<RecordKind, number> {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, 0])) as Record<RecordKind, number>;
}

/** The one bulkAdd of Dexie's tables, shared by every database (each database's Table class derives from it). */
function sharedTablePrototype(table: object): { bulkAdd: (...args: unknown[]) => unknown } {
  let prototype = Object.getPrototypeOf(table) as object | null;
  while (prototype && !Object.hasOwn(prototype, 'bulkAdd')) prototype = Object.getPrototypeOf(prototype) as object | null;
  return prototype as { bulkAdd: (...args: unknown[]) => unknown };
}

/** How many bulkAdd chunks writing `records` takes (restore-backup.ts writes 200 rows a chunk, table by table). */
function writeChunks(records: BackupRecords): number {
  return RECORD_KINDS.reduce((sum, kind) => sum + Math.ceil(records[kind].length / 200), 0);
}

/**
 * Runs `run` with the `failAt`-th bulkAdd throwing a full disk
 * (QuotaExceededError), the earlier ones written; bulkAdd is restored after.
 * Returns how many bulkAdd calls were made.
 */
async function withDiskFullAt(table: object, failAt: number, run: () => Promise<unknown>): Promise<number> {
  const prototype = sharedTablePrototype(table);
  const original = prototype.bulkAdd;
  let calls = 0;
  prototype.bulkAdd = function (this: unknown, ...args: unknown[]) {
    calls += 1;
    if (calls === failAt) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  };
  try {
    await expect(run()).rejects.toMatchObject({ kind: 'quota', message: RESTORE_QUOTA_MESSAGE });
  } finally {
    prototype.bulkAdd = original;
  }
  return calls;
}

/** The chunk to fail on: never the first when there is more than one, so part of the file is written first. */
const failingChunk = (chunks: number, seed: number) => (chunks > 1 ? 2 + (seed % (chunks - 1)) : 1);

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('the hostile corpus', () => {
  let directory: DirectoryDatabase;
  let populated: ProfileConnection;
  let locked: ProfileConnection;
  let lockedRecord: Awaited<ReturnType<typeof createProfile>>;
  let populatedRecords: BackupRecords;
  let baseRecords: BackupRecords;
  let corpus: CorpusFile[];
  const open: ProfileConnection[] = [];
  /** New-profile restores failed part-way and checked. */
  let restoresFailed = 0;

  beforeAll(async () => {
    directory = await openDirectory();
    const sample = sampleBackupBody();
    populatedRecords = overlappingProfile(sample.records);

    // The source: a profile holding the sample, backed up for real, plain and encrypted.
    const sourceRecord = await createProfile(directory, sample.profile.displayName, NOW);
    const source = (await accessProfile(directory, sourceRecord, null)).connection;
    await populate(source, sample.records);
    const plainBackup = await makeBackupFile(source, sample.profile.displayName, { now: NOW });
    const encryptedBackup = await makeBackupFile(source, sample.profile.displayName, { now: NOW, passphrase: PASSPHRASE });
    baseRecords = (await readAllRecords(source)).records;
    source.database.db.close();
    corpus = await hostileCorpus({ plain: await plainBackup.blob.text(), encrypted: await encryptedBackup.blob.text(), passphrase: PASSPHRASE, checksum: bodyChecksum });

    const here = await createProfile(directory, 'Already here', NOW);
    populated = (await accessProfile(directory, here, null)).connection;
    await populate(populated, populatedRecords);
    lockedRecord = await createProfileWith(directory, () => createProfile(directory, 'Locked and here', NOW), PROFILE_PASSPHRASE);
    locked = (await accessProfile(directory, lockedRecord, PROFILE_PASSPHRASE)).connection;
    await populate(locked, populatedRecords);
    open.push(populated, locked);
  }, 120_000);

  afterAll(() => {
    for (const connection of open) connection.database.db.close();
  });

  it('refuses each bad file with a reason and a message and changes nothing; imports each good one whole; pollutes nothing', async () => {
    const started = performance.now();
    const keysBefore = prototypeKeys();
    const hashes = await rawTableHashes(populated);
    const lockedHashes = await rawTableHashes(locked);
    const outcomes = { refused: 0, imported: 0 };

    for (const [index, file] of corpus.entries()) {
      const { blob, reads } = asBlob(file);
      const result = await openAttuneFile(blob, { passphrase: file.passphrase, expectKind: 'backup', now: NOW });
      const alsoLocked = index % LOCKED_EVERY === 0 || file.name.startsWith('valid:');

      if (!result.ok) {
        outcomes.refused += 1;
        expect(file.expect.outcome, `${file.name}: refused (${result.rejection.reason}: ${result.rejection.detail ?? ''}) but must import`).not.toBe('accept');
        // A file that may open or not ('either') is refused only for what its change can break.
        if (file.expect.outcome !== 'accept') expect(file.expect.reasons, `${file.name}: reason`).toContain(result.rejection.reason);
        expect(result.rejection.message.trim().length, `${file.name}: message`).toBeGreaterThan(20);
        if (file.claimedSize !== undefined) expect(reads(), `${file.name}: read before refusing`).toBe(0);
        // Refused before anything was written: the profiles are exactly as they were.
        expect(await rawTableHashes(populated), file.name).toEqual(hashes);
        if (alsoLocked) expect(await rawTableHashes(locked), file.name).toEqual(lockedHashes);
      } else {
        outcomes.imported += 1;
        expect(file.expect.outcome, `${file.name}: opened but must be refused`).not.toBe('reject');
        const opened: OpenedFile<BackupBody> = result.file;
        if (file.sameRecords) expect(canonicalJson(opened.body.records), `${file.name}: records`).toBe(canonicalJson(baseRecords));
        const seed = outcomes.imported;
        const counts = await expectMergedWhole(file.name, opened, false, seed);
        if (alsoLocked) expect(await expectMergedWhole(file.name, opened, true, seed), `${file.name}: locked`).toEqual(counts);
        if (seed % RESTORE_NEW_EVERY === 0) await expectFailedRestoreLeavesNothing(file.name, opened, seed);
        // The real records meet the populated profile's: every merge rule runs (see overlappingProfile).
        if (file.sameRecords) expect(counts, `${file.name}: merge of the real records`).toEqual(REAL_RECORDS_MERGE);
      }
      expect(({} as Record<string, unknown>).polluted, file.name).toBeUndefined();
      expect(prototypeKeys(), file.name).toEqual(keysBefore);
    }

    expect(await rawTableHashes(populated)).toEqual(hashes);
    expect(await rawTableHashes(locked)).toEqual(lockedHashes);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(prototypeKeys()).toEqual(keysBefore);
    expect(outcomes.refused).toBeGreaterThan(900);
    expect(restoresFailed).toBeGreaterThanOrEqual(Math.floor(outcomes.imported / RESTORE_NEW_EVERY));
    expect(outcomes.imported).toBeGreaterThanOrEqual(corpus.filter((file) => file.expect.outcome === 'accept').length);
    console.info(`hostile corpus: ${corpus.length} files, ${outcomes.refused} refused, ${outcomes.imported} imported whole, ${Math.round(performance.now() - started)} ms`);
  }, 300_000);

  // After the corpus run (each test ends with every database deleted): needs only the corpus.
  it('makes over a thousand distinct files from a real backup, attacks of every kind among them', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(corpus.map((file) => file.name)).size).toBe(corpus.length);
    for (const kind of ['flip', 'truncated', 'huge string', 'nested', '__proto__ key', 'constructor key', 'prototype key', 'duplicate', '9999', 'iterations', 'valid:']) {
      expect(corpus.some((file) => file.name.includes(kind)), kind).toBe(true);
    }
  });

  /**
   * Merges `opened` into a fresh copy of the populated profile (plain or
   * locked) and checks it went in whole. First the same merge with the disk
   * filling up part-way (a bulkAdd chunk chosen by `seed` throws
   * QuotaExceededError, after earlier chunks were written): refused as a
   * full disk, and every table of the copy hashes as before.
   */
  async function expectMergedWhole(name: string, opened: OpenedFile<BackupBody>, intoLocked: boolean, seed: number): Promise<MergeCounts> {
    const record = intoLocked
      ? await createProfileWith(directory, () => createProfile(directory, 'Locked copy', NOW), PROFILE_PASSPHRASE)
      : await createProfile(directory, 'Copy', NOW);
    const { connection: copy } = await accessProfile(directory, record, intoLocked ? PROFILE_PASSPHRASE : null);
    try {
      await populate(copy, populatedRecords);
      const before = (await readAllRecords(copy)).records;
      const chunks = writeChunks(planMerge(before, opened.body.records, () => crypto.randomUUID()).add);
      if (chunks > 0) {
        const hashes = await rawTableHashes(copy);
        const failAt = failingChunk(chunks, seed);
        const calls = await withDiskFullAt(copy.database.db.tables[0]!, failAt, () => mergeBackup(copy, opened));
        expect(calls, `${name}: the disk filled at chunk ${failAt} of ${chunks}`).toBe(failAt);
        expect(await rawTableHashes(copy), `${name}: a merge that failed at chunk ${failAt} of ${chunks} left nothing`).toEqual(hashes);
      }
      const report = await mergeBackup(copy, opened);
      const after = await readAllRecords(copy);
      expect(after.unreadable, name).toEqual({});
      const counts = expectWholeMerge(before, opened.body.records, after.records, name);
      const { added, identical, keptBeside, notMerged } = report;
      // Kept beside are among the added in the report (written under a fresh id).
      const addedByRule = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, counts.added[kind] + counts.keptBeside[kind]]));
      expect({ added, identical, keptBeside, notMerged }, `${name}: the report, record by record`).toEqual({ ...counts, added: addedByRule });
      for (const kind of RECORD_KINDS as readonly RecordKind[]) {
        // Records kept beside one already here are among those added (under a fresh id).
        expect(report.keptBeside[kind], `${name}: ${kind} kept beside`).toBeLessThanOrEqual(report.added[kind]);
        const accounted = report.added[kind] + report.identical[kind] + report.notMerged[kind];
        expect(accounted, `${name}: ${kind} accounted for`).toBe(opened.body.records[kind].length);
      }
      return counts;
    } finally {
      await copy.database.db.delete();
    }
  }

  /** Every database of the page and every row of the directory, to see that a failed restore left no trace. */
  async function deviceState(): Promise<{ databases: string[]; directory: string }> {
    const databases = (await indexedDB.databases()).map((database) => database.name ?? '').sort();
    const rows = await Promise.all(directory.db.tables.map(async (table) => [table.name, await table.toArray()] as const));
    return { databases, directory: canonicalStored(Object.fromEntries(rows)) };
  }

  /** Restores `opened` as a new profile with the disk filling up part-way: refused as a full disk, no new profile entry, no new database. */
  async function expectFailedRestoreLeavesNothing(name: string, opened: OpenedFile<BackupBody>, seed: number): Promise<void> {
    const chunks = writeChunks(opened.body.records);
    if (chunks === 0) return;
    const before = await deviceState();
    expect(before.databases.some((database) => database.startsWith('attune-profile-')), name).toBe(true);
    const failAt = failingChunk(chunks, seed);
    const calls = await withDiskFullAt(populated.database.db.tables[0]!, failAt, () =>
      restoreAsNewProfile(directory, opened, { displayName: 'Restored here', passphrase: seed % 2 === 0 ? null : PROFILE_PASSPHRASE }),
    );
    expect(calls, `${name}: the disk filled at chunk ${failAt} of ${chunks}`).toBe(failAt);
    expect(await deviceState(), `${name}: a new profile that failed at chunk ${failAt} of ${chunks} left nothing`).toEqual(before);
    restoresFailed += 1;
  }
});
