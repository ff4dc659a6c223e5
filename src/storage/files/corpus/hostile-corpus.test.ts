/**
 * Every file of the hostile corpus (hostile-corpus.ts), made from a real
 * backup of a populated profile, is opened as the restore screen opens a
 * chosen file (openAttuneFile on a Blob), beside a populated plain profile
 * and, for a subset, a locked one:
 * - refused: for a reason the file allows, with a message, and every table
 *   of the populated profiles hashes exactly as before (rawTableHashes);
 * - opened: merged into a copy of the populated profile, whole: every
 *   record the file holds is there afterwards, every record that was there
 *   still is, and the report accounts for every record of the file;
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
import { mergeBackup } from '../restore-backup.ts';
import { rawTableHashes } from '../table-hash.ts';
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

/** The sample profile with every id (and every reference to it) given a prefix, so two profiles share no record id but drafts and preferences. */
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

/**
 * Checks that `after` holds every record of `before` and of `file`, unchanged,
 * and no other (ids are disjoint but for drafts and preferences, where the
 * profile's own is kept when it has one).
 */
function expectWholeMerge(before: BackupRecords, file: BackupRecords, after: BackupRecords, name: string): void {
  for (const kind of RECORD_KINDS) {
    const had = byId(before[kind]);
    const now = byId(after[kind]);
    for (const [id, text] of had) expect(now.get(id), `${name}: ${kind} ${id} was there before`).toBe(text);
    for (const [id, text] of byId(file[kind])) {
      if (had.has(id) && (kind === 'drafts' || kind === 'preferences')) continue; // the profile's own is kept
      if (had.has(id) && had.get(id) !== text) {
        // Kept beside under a fresh id: the same record but for its id.
        const withoutId = (json: string) => canonicalJson({ ...(JSON.parse(json) as object), id: null });
        const beside = [...now.entries()].some(([otherId, other]) => otherId !== id && withoutId(other) === withoutId(text));
        expect(beside, `${name}: ${kind} ${id} kept beside`).toBe(true);
        continue;
      }
      expect(now.get(id), `${name}: ${kind} ${id} from the file`).toBe(text);
    }
  }
}

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

  beforeAll(async () => {
    directory = await openDirectory();
    const sample = sampleBackupBody();
    populatedRecords = withIdPrefix(sample.records, 'here-');

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
        await expectMergedWhole(file.name, opened, false);
        if (alsoLocked) await expectMergedWhole(file.name, opened, true);
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

  /** Merges `opened` into a fresh copy of the populated profile (plain or locked) and checks it went in whole. */
  async function expectMergedWhole(name: string, opened: OpenedFile<BackupBody>, intoLocked: boolean): Promise<void> {
    const record = intoLocked
      ? await createProfileWith(directory, () => createProfile(directory, 'Locked copy', NOW), PROFILE_PASSPHRASE)
      : await createProfile(directory, 'Copy', NOW);
    const { connection: copy } = await accessProfile(directory, record, intoLocked ? PROFILE_PASSPHRASE : null);
    try {
      await populate(copy, populatedRecords);
      const before = (await readAllRecords(copy)).records;
      const report = await mergeBackup(copy, opened);
      const after = await readAllRecords(copy);
      expect(after.unreadable, name).toEqual({});
      expectWholeMerge(before, opened.body.records, after.records, name);
      for (const kind of RECORD_KINDS as readonly RecordKind[]) {
        // Records kept beside one already here are among those added (under a fresh id).
        expect(report.keptBeside[kind], `${name}: ${kind} kept beside`).toBeLessThanOrEqual(report.added[kind]);
        const accounted = report.added[kind] + report.identical[kind] + report.notMerged[kind];
        expect(accounted, `${name}: ${kind} accounted for`).toBe(opened.body.records[kind].length);
      }
    } finally {
      await copy.database.db.delete();
    }
  }
});
