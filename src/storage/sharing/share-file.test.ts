// @vitest-environment node
/**
 * The share file end to end over fake-indexeddb: made from a profile's
 * sealed records and opened by the same reader a coach's app uses, it holds
 * exactly what the preview said (and nothing of what the scope leaves out:
 * the bytes are searched for canaries), carries the profile's stable link
 * id, a fresh share id and the withdrawals, and remembers the scope.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ShareBody, ShareScope, SharedKind } from '../../domain/coaching/coaching-types.ts';
import { DEFAULT_SHARE_SCOPE, SHARED_KINDS } from '../../domain/coaching/coaching-types.ts';
import type { OpenedFile } from '../../domain/files/file-types.ts';
import type { JournalEntry } from '../../domain/journal/entry.ts';
import { makeResponse } from '../../testing/factories.ts';
import type { FileProgress } from '../files/backup-types.ts';
import { openAttuneFile } from '../files/open-file.ts';
import { populate, sampleIntention, sampleJournal, samplePractice } from '../files/testing/populate.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { saveIntention } from '../repositories/intentions-repo.ts';
import { saveJournalEntry } from '../repositories/journal-repo.ts';
import { savePracticeLog } from '../repositories/practice-log-repo.ts';
import { saveCompletedResponse } from '../repositories/responses-repo.ts';
import { makeShareFile, previewShare } from './share-file.ts';
import { coachLinkId, readShareScope } from './share-settings.ts';
import type { MadeShare, SharePreview } from './share-types.ts';
import { closeAll, leaderProfile, testDirectory } from './testing/leader-profile.ts';

afterEach(closeAll);

const NOW = new Date('2026-12-04T10:00:00.000Z');
const LONDON = 'Europe/London';
const PASSPHRASE = 'harbour lights at dusk';

/** Text that must never leave the device unless the scope says so. */
const CANARY = {
  untaggedJournal: 'CANARY-untagged-journal-5b1e',
  writtenAnswer: 'CANARY-written-answer-91c4',
  note: 'CANARY-challenge-note-2d77',
  outOfRange: 'CANARY-old-intention-0a3f',
};
const TAGGED_TEXT = 'Asked the team what they needed before offering a fix.';

function tagged(id: string, localDate: string, text: string): JournalEntry {
  return { ...sampleJournal(id, text), localDate, createdAt: `${localDate}T18:00:00.000Z`, updatedAt: `${localDate}T18:00:00.000Z`, shareWithCoach: true };
}

/**
 * A leader with: the sample records (an untagged journal entry among them),
 * a tagged entry, an untagged entry holding a canary, a result with a
 * written answer and a challenge note, a result and an intention from 2025,
 * and a result completed late on 30 November in London (1 December in Auckland).
 */
async function leaderWithRecords(passphrase?: string): Promise<ProfileConnection> {
  const directory = await testDirectory();
  const { connection } = await leaderProfile(directory, 'Sam Okafor', passphrase);
  await populate(connection);
  await saveJournalEntry(connection, tagged('journal-tagged', '2026-11-05', TAGGED_TEXT));
  await saveJournalEntry(connection, { ...sampleJournal('journal-private', CANARY.untaggedJournal), localDate: '2026-11-06' });
  const written = makeResponse({ id: 'response-written', completedAt: '2026-11-10T09:12:00.000Z', startedAt: '2026-11-10T09:00:00.000Z' });
  await saveCompletedResponse(connection, {
    ...written,
    items: [...written.items, { kind: 'text', itemId: 'attending-reflection', sectionId: 'attending', value: CANARY.writtenAnswer }],
    notes: { attending: CANARY.note },
  });
  await saveCompletedResponse(connection, makeResponse({ id: 'response-2025', startedAt: '2025-03-01T09:00:00.000Z', completedAt: '2025-03-01T09:10:00.000Z' }));
  await saveCompletedResponse(connection, makeResponse({ id: 'response-late', startedAt: '2026-11-30T23:00:00.000Z', completedAt: '2026-11-30T23:30:00.000Z' }));
  await saveIntention(connection, { ...sampleIntention('intention-2025'), createdAt: '2025-03-01T09:15:00.000Z', text: CANARY.outOfRange });
  await savePracticeLog(connection, { ...samplePractice('practice-2'), date: '2026-11-20', loggedAt: '2026-11-20T07:40:00.000Z' });
  return connection;
}

async function opened(made: MadeShare, passphrase?: string): Promise<OpenedFile<ShareBody>> {
  const read = await openAttuneFile(made.blob, { passphrase, expectKind: 'share', now: NOW });
  if (!read.ok) throw new Error(`refused: ${read.rejection.reason} ${read.rejection.detail ?? ''}`);
  return read.file;
}

function idsByKind(body: ShareBody): Record<SharedKind, string[]> {
  return Object.fromEntries(SHARED_KINDS.map((kind) => [kind, body.records[kind].map((record) => record.id).sort()])) as Record<SharedKind, string[]>;
}

/** The file holds exactly what the preview said: the same counts, the same journal entries whole. */
function expectMatchesPreview(body: ShareBody, preview: SharePreview): void {
  expect(Object.fromEntries(SHARED_KINDS.map((kind) => [kind, body.records[kind].length]))).toEqual(preview.covers.counts);
  expect([...body.records.journal].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...preview.journal].sort((a, b) => a.id.localeCompare(b.id)));
  expect(body.records.drafts).toEqual([]);
  expect(body.records.preferences).toEqual([]);
  expect(body.scope).toEqual(preview.scope);
}

describe('a share with the default scope (scores, tagged journal entries, intentions, practice, all dates)', () => {
  it('holds exactly what the preview said, and none of the untagged journal text, written answers or notes (searched for in the file’s bytes)', async () => {
    const connection = await leaderWithRecords();
    const preview = await previewShare(connection, DEFAULT_SHARE_SCOPE, { now: NOW, timeZone: LONDON });
    expect(preview.journal.map((entry) => [entry.id, entry.text])).toEqual([['journal-tagged', TAGGED_TEXT]]);
    expect(preview.covers.counts).toEqual({ responses: 4, journal: 1, intentions: 2, practiceLog: 2, weeklyReflections: 1 });
    expect(preview.covers).toMatchObject({ from: '2025-03-01', to: '2026-11-30', writtenAnswers: false });
    expect(preview.unreadable).toBe(0);

    const made = await makeShareFile(connection, DEFAULT_SHARE_SCOPE, { leaderName: 'Sam', withdraw: [], now: NOW, timeZone: LONDON });
    expect(made.encrypted).toBe(false);
    expect(made.covers).toEqual(preview.covers);
    const bytes = await made.blob.text();
    expect(bytes).toContain(TAGGED_TEXT);
    for (const canary of [CANARY.untaggedJournal, CANARY.writtenAnswer, CANARY.note]) expect(bytes).not.toContain(canary);
    expect(bytes).not.toContain(sampleJournal().text); // the sample's own untagged entry

    const { header, body } = await opened(made);
    expect(header.kind).toBe('share');
    expectMatchesPreview(body, preview);
    const written = body.records.responses.find((response) => response.id === 'response-written');
    expect(written?.notes).toEqual({});
    expect(written?.items.find((item) => item.kind === 'text')).toMatchObject({ value: null });
    expect(body).toMatchObject({ linkId: await coachLinkId(connection), shareId: made.shareId, leaderName: 'Sam', timeZone: LONDON, withdraw: [] });
  });

  it('is encrypted with a passphrase when given one, and opens with it to the same records', async () => {
    const connection = await leaderWithRecords(PASSPHRASE);
    const preview = await previewShare(connection, DEFAULT_SHARE_SCOPE, { now: NOW, timeZone: LONDON });
    const made = await makeShareFile(connection, DEFAULT_SHARE_SCOPE, { leaderName: 'Sam', passphrase: PASSPHRASE, withdraw: [], now: NOW, timeZone: LONDON });
    expect(made.encrypted).toBe(true);
    expect(await made.blob.text()).not.toContain(TAGGED_TEXT);
    const refused = await openAttuneFile(made.blob, { expectKind: 'share', now: NOW });
    expect(refused).toMatchObject({ ok: false, rejection: { reason: 'needs-passphrase' } });
    expectMatchesPreview((await opened(made, PASSPHRASE)).body, preview);
  });
});

describe('a narrower or wider scope', () => {
  const WIDE_2026: ShareScope = { reflections: 'with-answers', journal: 'in-range', intentions: false, practice: false, from: '2026-01-01', to: '2026-11-30' };

  it('shares written answers and every journal entry in the dates, and nothing outside them or of the kinds left out', async () => {
    const connection = await leaderWithRecords();
    const preview = await previewShare(connection, WIDE_2026, { now: NOW, timeZone: LONDON });
    expect(preview.journal.map((entry) => entry.id)).toEqual(['journal-1', 'journal-tagged', 'journal-private']);
    const made = await makeShareFile(connection, WIDE_2026, { leaderName: 'Sam', withdraw: [], now: NOW, timeZone: LONDON });
    const { body } = await opened(made);
    expectMatchesPreview(body, preview);
    expect(idsByKind(body)).toEqual({
      responses: ['response-1', 'response-late', 'response-written'],
      journal: ['journal-1', 'journal-private', 'journal-tagged'],
      intentions: [],
      practiceLog: [],
      weeklyReflections: ['weekly-1'],
    });
    expect(body.records.responses.find((response) => response.id === 'response-written')?.notes).toEqual({ attending: CANARY.note });
    expect(await made.blob.text()).not.toContain(CANARY.outOfRange);
  });

  it('dates results by the leader’s time zone: a result finished late on 30 November in London is 1 December in Auckland', async () => {
    const connection = await leaderWithRecords();
    const november: ShareScope = { ...DEFAULT_SHARE_SCOPE, from: '2026-11-01', to: '2026-11-30' };
    const inLondon = await makeShareFile(connection, november, { leaderName: 'Sam', withdraw: [], now: NOW, timeZone: LONDON });
    const inAuckland = await makeShareFile(connection, november, { leaderName: 'Sam', withdraw: [], now: NOW, timeZone: 'Pacific/Auckland' });
    expect(idsByKind((await opened(inLondon)).body).responses).toContain('response-late');
    const auckland = (await opened(inAuckland)).body;
    expect(auckland.timeZone).toBe('Pacific/Auckland');
    expect(idsByKind(auckland).responses).not.toContain('response-late');
  });

  it('shares nothing but the withdrawals when everything is left out', async () => {
    const connection = await leaderWithRecords();
    const nothing: ShareScope = { reflections: 'none', journal: 'none', intentions: false, practice: false, from: null, to: null };
    const preview = await previewShare(connection, nothing, { now: NOW, timeZone: LONDON });
    expect(preview.covers.counts).toEqual({ responses: 0, journal: 0, intentions: 0, practiceLog: 0, weeklyReflections: 0 });
    const made = await makeShareFile(connection, nothing, { leaderName: 'Sam', withdraw: ['3f1c8d2e-0a4b-4c6d-8e9f-1a2b3c4d5e6f'], now: NOW, timeZone: LONDON });
    const { body } = await opened(made);
    expect(idsByKind(body)).toEqual({ responses: [], journal: [], intentions: [], practiceLog: [], weeklyReflections: [] });
    expect(body.withdraw).toEqual(['3f1c8d2e-0a4b-4c6d-8e9f-1a2b3c4d5e6f']);
  });
});

describe('making share files', () => {
  it('writes the same link id into every share, a new share id each time, and remembers the scope once a file is made (not on a preview)', async () => {
    const connection = await leaderWithRecords();
    const scope: ShareScope = { ...DEFAULT_SHARE_SCOPE, journal: 'none', practice: false };
    await previewShare(connection, scope, { now: NOW, timeZone: LONDON });
    expect(await readShareScope(connection)).toEqual(DEFAULT_SHARE_SCOPE);

    const first = await makeShareFile(connection, scope, { leaderName: 'Sam', withdraw: [], now: NOW, timeZone: LONDON });
    expect(await readShareScope(connection)).toEqual(scope);
    const second = await makeShareFile(connection, DEFAULT_SHARE_SCOPE, { leaderName: 'Sam', withdraw: [first.shareId], now: NOW, timeZone: LONDON });
    const [a, b] = [(await opened(first)).body, (await opened(second)).body];
    expect(a.linkId).toBe(b.linkId);
    expect(a.linkId).toBe(await coachLinkId(connection));
    expect(a.shareId).not.toBe(b.shareId);
    expect(b.withdraw).toEqual([first.shareId]);
    expect(await readShareScope(connection)).toEqual(DEFAULT_SHARE_SCOPE);
  });

  it('names the file after the name offered and the day, and reports its progress to the end', async () => {
    const connection = await leaderWithRecords();
    const progress: FileProgress[] = [];
    const made = await makeShareFile(connection, DEFAULT_SHARE_SCOPE, { leaderName: 'Dr Siân O’Brien', withdraw: [], now: NOW, timeZone: LONDON, onProgress: (p) => progress.push(p) });
    expect(made.fileName).toMatch(/^attune-share-dr-sian-o-brien-\d{4}-\d{2}-\d{2}\.json$/);
    const tables = ['responses', 'drafts', 'intentions', 'journal', 'practiceLog', 'weeklyReflections', 'preferences'];
    const rows = (await Promise.all(tables.map((table) => connection.database.db.table(table).count()))).reduce((a, b) => a + b, 0);
    expect(rows).toBeGreaterThan(10);
    expect(progress[0]).toEqual({ phase: 'reading', done: 0, total: rows });
    expect(progress.filter((p) => p.phase === 'reading').at(-1)).toEqual({ phase: 'reading', done: rows, total: rows });
    expect(progress.at(-1)).toEqual({ phase: 'preparing', done: 1, total: 1 });
  });

  it('counts a record in scope that does not open, and leaves it out', async () => {
    const connection = await leaderWithRecords();
    await connection.database.db.table('journal').update('journal-tagged', { createdAt: '2020-01-01T00:00:00.000Z' }); // no longer matches its sealed copy
    const preview = await previewShare(connection, DEFAULT_SHARE_SCOPE, { now: NOW, timeZone: LONDON });
    expect(preview.unreadable).toBe(1);
    expect(preview.journal).toEqual([]);
    const made = await makeShareFile(connection, DEFAULT_SHARE_SCOPE, { leaderName: 'Sam', withdraw: [], now: NOW, timeZone: LONDON });
    expect(await made.blob.text()).not.toContain(TAGGED_TEXT);
  });
});
