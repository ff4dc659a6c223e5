// @vitest-environment node
/**
 * Shares and coach's notes through the file worker's code (on this thread:
 * Node has no Worker; file-worker-client.test.ts covers the messages): a
 * share built from records handed over in pages, a notes file built whole,
 * both read back by kind, plain and encrypted; a body the reader would
 * refuse is never written; a file of another kind is refused by what it is.
 */
import { describe, expect, it } from 'vitest';
import type { ShareBody } from '../../domain/coaching/coaching-types.ts';
import type { RecordKind } from '../../domain/files/file-types.ts';
import { RECORD_KINDS } from '../../domain/files/file-types.ts';
import { SAMPLE_CONTENT, SAMPLE_NOW, sampleBackupBody } from '../../domain/files/testing/sample-backup.ts';
import { sampleNotesBody, sampleShareBody } from '../../domain/files/testing/sample-share.ts';
import { coachNotesFileName, shareFileName } from './export-backup.ts';
import { finishFile, makeSmallFile, readFileInWorker, recordsInWorker } from './file-worker-client.ts';
import { openAttuneFile } from './open-file.ts';

const write = { appVersion: '1.0.0', schemaVersion: 5, now: SAMPLE_NOW };
const read = { known: SAMPLE_CONTENT, now: SAMPLE_NOW };
const PASSPHRASE = 'four calm words here';

/** Hands a share's records to the worker one record at a time (as pages), and builds the file. */
async function makeShare(body: ShareBody, passphrase?: string): Promise<Blob> {
  const build = recordsInWorker();
  for (const kind of RECORD_KINDS) {
    for (const record of body.records[kind]) await build.append(kind, [record] as ShareBody['records'][RecordKind]);
  }
  const { records, ...rest } = body;
  void records;
  return finishFile(build, 'share', rest, { ...write, ...(passphrase ? { passphrase } : {}) });
}

describe('a share file', () => {
  it('is built from records handed over in pages and reads back whole, plain and encrypted', async () => {
    const plain = await readFileInWorker(await makeShare(sampleShareBody()), { ...read, expectKind: 'share' });
    expect(plain.ok && plain.file.body).toEqual(sampleShareBody());
    const blob = await makeShare(sampleShareBody(), PASSPHRASE);
    expect(await blob.text()).not.toContain('night team');
    const encrypted = await readFileInWorker(blob, { ...read, expectKind: 'share', passphrase: PASSPHRASE });
    expect(encrypted.ok && encrypted.file.body).toEqual(sampleShareBody());
    expect(encrypted.ok && encrypted.file.encrypted).toBe(true);
  });

  it('is not made when the reader would refuse it: a draft, an untagged entry under tagged, a record with an impossible date', async () => {
    const withDraft = sampleShareBody();
    withDraft.records.drafts = sampleBackupBody().records.drafts;
    await expect(makeShare(withDraft)).rejects.toMatchObject({ name: 'StorageError', kind: 'corrupt', message: expect.stringMatching(/never holds.*Nothing was changed/) });
    const untagged = sampleShareBody();
    delete untagged.records.journal[0]!.shareWithCoach;
    await expect(makeShare(untagged)).rejects.toMatchObject({ message: 'A journal entry in this file is outside what the file says it shares. Nothing was changed.' });
    const badDate = sampleShareBody();
    badDate.records.practiceLog[0]!.date = '2026-02-30';
    await expect(makeShare(badDate)).rejects.toMatchObject({ message: expect.stringMatching(/^1 practice log entry has a date that cannot be right.*so no share was made/) });
  });

  it('opened as a restore is refused, saying what it is (and a backup opened as a share likewise)', async () => {
    const share = await openAttuneFile(await makeShare(sampleShareBody()), { expectKind: 'backup', now: SAMPLE_NOW });
    expect(!share.ok && share.rejection.message).toBe('This is a share for a coach. Open it in a coaching profile, under Coaching. Nothing was changed.');
    const build = recordsInWorker();
    const backup = await finishFile(build, 'backup', { profile: { displayName: 'Sam' }, unreadable: {} }, write);
    const opened = await openAttuneFile(backup, { expectKind: 'share', now: SAMPLE_NOW });
    expect(!opened.ok && opened.rejection.message).toBe('This is a backup of a whole profile, not a share. To restore it, use Back up and restore. Nothing was changed.');
  });

  it('is named by the name offered and the date', () => {
    expect(shareFileName('Sam O’Brien', new Date('2026-12-04T12:00:00Z'))).toMatch(/^attune-share-sam-o-brien-2026-12-0[345]\.json$/);
    expect(coachNotesFileName('Sam', new Date('2026-12-04T12:00:00Z'))).toMatch(/^attune-coach-notes-for-sam-2026-12-0[345]\.json$/);
  });
});

describe("a coach's notes file", () => {
  it('is built whole and reads back whole, plain and encrypted', async () => {
    const plain = await readFileInWorker(await makeSmallFile('coach-notes', sampleNotesBody(), write), { ...read, expectKind: 'coach-notes' });
    expect(plain.ok && plain.file.body).toEqual(sampleNotesBody());
    const blob = await makeSmallFile('coach-notes', sampleNotesBody(), { ...write, passphrase: PASSPHRASE });
    expect(await blob.text()).not.toContain('breathing');
    const encrypted = await readFileInWorker(blob, { ...read, expectKind: 'coach-notes', passphrase: PASSPHRASE });
    expect(encrypted.ok && encrypted.file.body).toEqual(sampleNotesBody());
  });

  it('is not made when the reader would refuse it', async () => {
    const body = sampleNotesBody();
    body.notes[0]!.text = '';
    await expect(makeSmallFile('coach-notes', body, write)).rejects.toMatchObject({ name: 'StorageError', message: 'A note in this file has something that cannot be right. Nothing was changed.' });
  });
});
