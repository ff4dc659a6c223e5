// @vitest-environment node
/** The read-only review of one coachee: their newest share, every record, unreadable rows counted and left out. */
import { afterEach, describe, expect, it } from 'vitest';
import { samplePractice } from '../files/testing/populate.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { coacheeDatabaseName } from './coachee-names.ts';
import { openCoacheeReview } from './coachee-review.ts';
import { importShare } from './share-import.ts';
import { coachSpace, openedShare } from './testing/coach-fixtures.ts';
import Dexie from 'dexie';

const LEADER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const OTHER = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';
const NOW = new Date('2026-12-04T10:00:00.000Z');
const open: ProfileConnection[] = [];
afterEach(() => {
  for (const connection of open.splice(0)) connection.database.db.close();
});

async function space() {
  const made = await coachSpace();
  open.push(made.connection);
  return made.connection;
}

describe('reviewing a coachee', () => {
  it('opens their newest share whole: its header and every record (more than one page of them)', async () => {
    const connection = await space();
    const practiceLog = Array.from({ length: 450 }, (_, i) => samplePractice(`practice-${String(i).padStart(3, '0')}`));
    const file = openedShare({ linkId: LEADER, shareId: 'share-1', exportedAt: '2026-11-10T09:00:00.000Z', records: { practiceLog } });
    const { coachee } = await importShare(connection, file, { now: NOW });

    const review = await openCoacheeReview(connection, LEADER);
    const { withdraw, ...shared } = file.body;
    expect(withdraw).toEqual([]);
    expect(review).toEqual({ coachee, share: shared, unreadable: 0 });
  });

  it('counts a record that does not open (copied in from another coachee) and leaves it out', async () => {
    const connection = await space();
    await importShare(connection, openedShare({ linkId: LEADER, shareId: 'share-1', exportedAt: '2026-11-10T09:00:00.000Z' }), { now: NOW });
    await importShare(
      connection,
      openedShare({ linkId: OTHER, shareId: 'other-1', exportedAt: '2026-11-10T09:00:00.000Z', records: { journal: [] } }),
      { now: NOW },
    );
    // Sam's journal entry, sealed with Sam's key, copied into Alex's database.
    const sam = await new Dexie(coacheeDatabaseName(connection.profileId, LEADER)).open();
    const alex = await new Dexie(coacheeDatabaseName(connection.profileId, OTHER)).open();
    await alex.table('journal').put(await sam.table('journal').get('journal-1'));
    sam.close();
    alex.close();

    const review = await openCoacheeReview(connection, OTHER);
    expect(review.unreadable).toBe(1);
    expect(review.share.records.journal).toEqual([]);
    expect(review.share.records.responses.map((r) => r.id)).toEqual(['response-1']);
  });

  it('says plainly when the coachee is no longer there', async () => {
    const connection = await space();
    await expect(openCoacheeReview(connection, LEADER)).rejects.toMatchObject({ reason: 'no-such-coachee' });
  });
});
