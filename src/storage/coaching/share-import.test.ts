// @vitest-environment node
/**
 * Taking shares into a coach space over fake-indexeddb: a new coachee gets
 * their own database; a newer share from them (same link id) replaces the
 * older one and says what is new; an older, already seen or withdrawn
 * share, and another person's share while updating someone, change nothing
 * (raw rows compared before and after); a failure half-way leaves everyone
 * as they were; the page is given breaths while a large share is sealed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { samplePractice, sampleResponse } from '../files/testing/populate.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { coacheeDatabaseName } from './coachee-names.ts';
import { withCoachee } from './coachee-access.ts';
import { SHARED_TABLE_OF } from './coachee-tables.ts';
import { coacheesTable } from './coachees-table.ts';
import { listCoachees } from './coach-space.ts';
import type { FileProgress } from '../files/backup-types.ts';
import { ADDED_ELSEWHERE, importShare, previewShareImport, SHARE_REFUSALS } from './share-import.ts';
import { openCoacheeReview } from './coachee-review.ts';
import { sampleShareBody, SAMPLE_LINK_ID } from '../../domain/files/testing/sample-share.ts';
import { writeAttuneFile } from '../../domain/files/write-file.ts';
import { openAttuneFile } from '../files/open-file.ts';
import { coachSpace, databaseNames, openedShare, rawRows } from './testing/coach-fixtures.ts';

const LEADER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const OTHER = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';
const NOW = new Date('2026-12-04T10:00:00.000Z');

const open: ProfileConnection[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const connection of open.splice(0)) connection.database.db.close();
});

async function space() {
  const made = await coachSpace();
  open.push(made.connection);
  return made.connection;
}

const first = () => openedShare({ linkId: LEADER, shareId: 'share-1', exportedAt: '2026-11-10T09:00:00.000Z' });
/** The next share: one result fewer, two more. */
const second = (withdraw: string[] = []) =>
  openedShare({
    linkId: LEADER,
    shareId: 'share-2',
    exportedAt: '2026-11-24T09:00:00.000Z',
    withdraw,
    records: { responses: [sampleResponse('response-2', 3), sampleResponse('response-3', 5)] },
  });

async function heldIds(connection: ProfileConnection, linkId: string) {
  return withCoachee(connection, linkId, async (coachee) => {
    const responses = await SHARED_TABLE_OF.responses.list(coachee, 'id');
    const journal = await SHARED_TABLE_OF.journal.list(coachee, 'id');
    return { responses: responses.items.map((r) => r.id), journal: journal.items.map((r) => r.id), unreadable: responses.unreadable + journal.unreadable };
  });
}

/** Every stored row of the coach profile and of every coachee database. */
async function everything(connection: ProfileConnection) {
  const names = (await databaseNames()).filter((name) => name.startsWith('attune-coachee-'));
  const coachees = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await rawRows(name)] as const)));
  return { coachees: await connection.database.db.table('coachees').toArray(), databases: coachees };
}

describe('a share file, end to end', () => {
  it('opened by the file reader is taken in whole, and reviewed as it was shared', async () => {
    const connection = await space();
    const body = sampleShareBody();
    const text = await writeAttuneFile('share', body, { appVersion: '0.1.0', schemaVersion: 5, now: NOW });
    const read = await openAttuneFile(new Blob([text]), { expectKind: 'share', now: NOW });
    if (!read.ok) throw new Error(read.rejection.message);
    const report = await importShare(connection, read.file, { now: NOW });
    expect(report.coachee).toMatchObject({ linkId: SAMPLE_LINK_ID, displayName: body.leaderName, latestShareAt: NOW.toISOString() });
    const review = await openCoacheeReview(connection, SAMPLE_LINK_ID);
    const { withdraw, ...shared } = body;
    expect(review.share).toEqual(shared);
    expect(review.unreadable).toBe(0);
    expect((await coacheesTable.get(connection, SAMPLE_LINK_ID))?.withdrawn).toEqual(withdraw);
  });
});

describe('a share from someone new', () => {
  it('is previewed as a new coachee, then added in a database of their own, named as the coach chose', async () => {
    const connection = await space();
    const preview = await previewShareImport(connection, first());
    expect(preview).toMatchObject({ outcome: 'new-coachee', leaderName: 'Sam', exportedAt: '2026-11-10T09:00:00.000Z' });
    expect(preview.outcome === 'new-coachee' && preview.covers.counts).toEqual({ responses: 1, journal: 1, intentions: 1, practiceLog: 1, weeklyReflections: 1 });
    expect(await databaseNames()).not.toContain(coacheeDatabaseName(connection.profileId, LEADER)); // a preview writes nothing

    const report = await importShare(connection, first(), { displayName: '  Sam (ward 4) ', now: NOW });
    expect(report).toMatchObject({ outcome: 'added', whatIsNew: null, withdrawn: 0 });
    expect(report.coachee).toMatchObject({ linkId: LEADER, displayName: 'Sam (ward 4)', latestShareId: 'share-1', latestShareAt: '2026-11-10T09:00:00.000Z', receivedAt: NOW.toISOString() });
    expect(await listCoachees(connection)).toEqual([report.coachee]);
    expect(await databaseNames()).toContain(coacheeDatabaseName(connection.profileId, LEADER));
    expect(await heldIds(connection, LEADER)).toEqual({ responses: ['response-1'], journal: ['journal-1'], unreadable: 0 });
  });

  it('is named as the leader offered when the coach gives no name', async () => {
    const connection = await space();
    const report = await importShare(connection, first(), { displayName: '   ', now: NOW });
    expect(report.coachee.displayName).toBe('Sam');
  });

  it('from a second leader leaves the first exactly as they were', async () => {
    const connection = await space();
    await importShare(connection, first(), { now: NOW });
    const firstDb = coacheeDatabaseName(connection.profileId, LEADER);
    const before = await rawRows(firstDb);
    const firstRow = await connection.database.db.table('coachees').get(LEADER);

    await importShare(connection, openedShare({ linkId: OTHER, shareId: 'other-1', exportedAt: '2026-11-30T09:00:00.000Z', leaderName: 'Alex' }), { now: NOW });
    expect(await rawRows(firstDb)).toEqual(before);
    expect(await connection.database.db.table('coachees').get(LEADER)).toEqual(firstRow);
    expect((await listCoachees(connection)).map((c) => c.displayName)).toEqual(['Alex', 'Sam']);
  });
});

describe('a newer share from a known coachee', () => {
  it('replaces the older one (in one step) and says what is new and what is gone; the name the coach chose stays', async () => {
    const connection = await space();
    await importShare(connection, first(), { displayName: 'Sam (ward 4)', now: NOW });
    const preview = await previewShareImport(connection, second(), { expectLinkId: LEADER });
    expect(preview).toMatchObject({ outcome: 'update', withdraws: [] });
    const expectedChange = {
      added: { responses: 2, journal: 0, intentions: 0, practiceLog: 0, weeklyReflections: 0 },
      gone: { responses: 1, journal: 0, intentions: 0, practiceLog: 0, weeklyReflections: 0 },
    };
    expect(preview.outcome === 'update' && preview.whatIsNew).toEqual(expectedChange);

    const later = new Date('2026-12-05T08:00:00.000Z');
    const report = await importShare(connection, second(), { expectLinkId: LEADER, now: later });
    expect(report).toMatchObject({ outcome: 'updated', whatIsNew: expectedChange });
    expect(report.coachee).toMatchObject({ displayName: 'Sam (ward 4)', latestShareId: 'share-2', addedAt: NOW.toISOString(), receivedAt: later.toISOString(), whatIsNew: expectedChange });
    expect(report.coachee.covers.counts.responses).toBe(2);
    expect(await heldIds(connection, LEADER)).toEqual({ responses: ['response-2', 'response-3'], journal: ['journal-1'], unreadable: 0 });
    expect(await listCoachees(connection)).toHaveLength(1);
  });

  it('records the earlier shares it withdraws, so they are never taken in again', async () => {
    const connection = await space();
    await importShare(connection, first(), { now: NOW });
    const report = await importShare(connection, second(['share-1', 'never-seen']), { now: NOW });
    expect(report.withdrawn).toBe(1);
    const row = await coacheesTable.get(connection, LEADER);
    expect(row?.withdrawn).toEqual(['share-1', 'never-seen']);
    expect(await previewShareImport(connection, first())).toEqual({ outcome: 'refused', reason: 'withdrawn', message: SHARE_REFUSALS.withdrawn });
  });
});

describe('a share that must not be taken in changes nothing', () => {
  const cases = [
    ['already here', 'already-here', async (c: ProfileConnection) => (await importShare(c, first(), { now: NOW }), first())],
    ['older than the one held', 'older', async (c: ProfileConnection) => (await importShare(c, second(), { now: NOW }), first())],
    [
      'withdrawn by the leader',
      'withdrawn',
      async (c: ProfileConnection) => {
        await importShare(c, openedShare({ linkId: LEADER, shareId: 'share-0', exportedAt: '2026-11-01T09:00:00.000Z', withdraw: ['share-9'] }), { now: NOW });
        return openedShare({ linkId: LEADER, shareId: 'share-9', exportedAt: '2026-12-01T09:00:00.000Z' });
      },
    ],
  ] as const;

  it.each(cases)('%s', async (_, reason, setUp) => {
    const connection = await space();
    const file = await setUp(connection);
    const before = await everything(connection);
    expect(await previewShareImport(connection, file)).toEqual({ outcome: 'refused', reason, message: SHARE_REFUSALS[reason] });
    await expect(importShare(connection, file, { now: NOW })).rejects.toMatchObject({ reason, message: SHARE_REFUSALS[reason] });
    expect(await everything(connection)).toEqual(before);
  });

  it('another person’s share, while updating one coachee, is never merged into them (nor added)', async () => {
    const connection = await space();
    await importShare(connection, first(), { now: NOW });
    const before = await everything(connection);
    const stranger = openedShare({ linkId: OTHER, shareId: 'other-1', exportedAt: '2026-11-30T09:00:00.000Z', leaderName: 'Sam' });
    expect(await previewShareImport(connection, stranger, { expectLinkId: LEADER })).toMatchObject({ outcome: 'refused', reason: 'other-coachee' });
    await expect(importShare(connection, stranger, { expectLinkId: LEADER, now: NOW })).rejects.toMatchObject({ reason: 'other-coachee' });
    expect(await everything(connection)).toEqual(before);
  });
});

describe('two tabs adding the same new coachee', () => {
  it('the one that comes second (it saw no row, then waited its turn) writes nothing over the first', async () => {
    const connection = await space();
    await importShare(connection, first(), { now: NOW });
    const before = await everything(connection);
    // As the second tab saw it: no row yet when it looked, before it took its turn.
    const get = coacheesTable.get.bind(coacheesTable);
    vi.spyOn(coacheesTable, 'get').mockImplementationOnce(async () => undefined).mockImplementation(get);
    await expect(importShare(connection, second(), { now: NOW })).rejects.toMatchObject({ reason: 'already-here', message: ADDED_ELSEWHERE });
    expect(await everything(connection)).toEqual(before);
  });
});

describe('a failure half-way', () => {
  function failBulkAdd(connection: ProfileConnection) {
    const proto = Object.getPrototypeOf(Object.getPrototypeOf(connection.database.db.table('coachees'))) as { bulkAdd: (...args: unknown[]) => Promise<unknown> };
    const original = proto.bulkAdd;
    vi.spyOn(proto, 'bulkAdd').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'journal') return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return original.apply(this, args);
    });
  }

  it('leaves the older share and the row as they were', async () => {
    const connection = await space();
    await importShare(connection, first(), { now: NOW });
    const before = await everything(connection);
    failBulkAdd(connection);
    await expect(importShare(connection, second(), { now: NOW })).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect(await everything(connection)).toEqual(before);
  });

  it('adds no coachee at all: no row, no database', async () => {
    const connection = await space();
    failBulkAdd(connection);
    await expect(importShare(connection, first(), { now: NOW })).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect(await listCoachees(connection)).toEqual([]);
    expect((await databaseNames()).filter((n) => n.startsWith('attune-coachee-'))).toEqual([]);
  });
});

describe('a large share', () => {
  it('is sealed a chunk at a time, with progress, and written whole', async () => {
    const connection = await space();
    const practiceLog = Array.from({ length: 450 }, (_, i) => ({ ...samplePractice(`practice-${String(i).padStart(3, '0')}`) }));
    const progress: FileProgress[] = [];
    await importShare(connection, openedShare({ linkId: LEADER, shareId: 'big', exportedAt: '2026-11-10T09:00:00.000Z', records: { practiceLog } }), {
      now: NOW,
      onProgress: (p) => progress.push(p),
    });
    const total = 450 + 4;
    const preparing = progress.filter((p) => p.phase === 'preparing').map((p) => p.done);
    // responses, journal, intentions (one each), then the practice log in chunks of 200, then the weekly reflection
    expect(preparing).toEqual([0, 1, 2, 3, 203, 403, 453, 454]);
    expect(progress.at(-1)).toEqual({ phase: 'writing', done: total, total });
    const count = await withCoachee(connection, LEADER, (coachee) => SHARED_TABLE_OF.practiceLog.count(coachee));
    expect(count).toBe(450);
  });
});
