// @vitest-environment node
/** The shares a profile made: kept sealed, listed newest first, marked when a later share withdraws them. */
import { afterEach, describe, expect, it } from 'vitest';
import type { ShareCovers } from '../../domain/coaching/coaching-types.ts';
import { listSharesMade, recordShareMade } from './shares-made.ts';
import { closeAll, leaderProfile, testDirectory } from './testing/leader-profile.ts';

afterEach(closeAll);

function covers(journal: number): ShareCovers {
  return { counts: { responses: 2, journal, intentions: 0, practiceLog: 0, weeklyReflections: 0 }, from: '2026-01-05', to: '2026-11-30', writtenAnswers: false };
}

describe('shares made', () => {
  it('lists the shares recorded, newest first, with what each covered', async () => {
    const directory = await testDirectory();
    const { connection } = await leaderProfile(directory);
    expect(await listSharesMade(connection)).toEqual([]);
    await recordShareMade(connection, { shareId: 'share-a', madeAt: new Date('2026-10-01T09:00:00.000Z'), covers: covers(1), withdraw: [] });
    await recordShareMade(connection, { shareId: 'share-c', madeAt: new Date('2026-12-01T09:00:00.000Z'), covers: covers(3), withdraw: [] });
    await recordShareMade(connection, { shareId: 'share-b', madeAt: new Date('2026-11-01T09:00:00.000Z'), covers: covers(2), withdraw: [] });
    expect(await listSharesMade(connection)).toEqual([
      { shareId: 'share-c', madeAt: '2026-12-01T09:00:00.000Z', covers: covers(3) },
      { shareId: 'share-b', madeAt: '2026-11-01T09:00:00.000Z', covers: covers(2) },
      { shareId: 'share-a', madeAt: '2026-10-01T09:00:00.000Z', covers: covers(1) },
    ]);
  });

  it('marks the earlier shares a new one withdraws with the new share’s id, keeping the first mark and ignoring ids it never made', async () => {
    const directory = await testDirectory();
    const { connection } = await leaderProfile(directory);
    await recordShareMade(connection, { shareId: 'share-a', madeAt: new Date('2026-10-01T09:00:00.000Z'), covers: covers(1), withdraw: [] });
    await recordShareMade(connection, { shareId: 'share-b', madeAt: new Date('2026-11-01T09:00:00.000Z'), covers: covers(2), withdraw: ['share-a', 'never-made'] });
    await recordShareMade(connection, { shareId: 'share-c', madeAt: new Date('2026-12-01T09:00:00.000Z'), covers: covers(3), withdraw: ['share-a', 'share-b'] });
    const byId = Object.fromEntries((await listSharesMade(connection)).map((share) => [share.shareId, share.withdrawnBy]));
    expect(byId).toEqual({ 'share-a': 'share-b', 'share-b': 'share-c', 'share-c': undefined });
  });

  it('keeps them sealed in a locked profile: nothing but the id and the date is readable on disk', async () => {
    const directory = await testDirectory();
    const { connection } = await leaderProfile(directory, 'Sam', 'lantern orchard quietly');
    await recordShareMade(connection, { shareId: 'share-a', madeAt: new Date('2026-10-01T09:00:00.000Z'), covers: covers(1), withdraw: [] });
    const rows = await connection.database.db.table('sharesMade').toArray();
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] as object).sort()).toEqual(['id', 'madeAt', 'payload']);
    expect((rows[0] as { payload: { scheme: string } }).payload.scheme).toBe('aes-gcm');
    expect((await listSharesMade(connection))[0]?.covers).toEqual(covers(1));
  });
});
