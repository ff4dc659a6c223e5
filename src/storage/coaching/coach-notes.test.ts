// @vitest-environment node
/** A coach's private notes on a coachee: kept in that coachee's database, sealed, and only the chosen ones sent back. */
import { afterEach, describe, expect, it } from 'vitest';
import type { CoachNote } from '../../domain/coaching/coaching-types.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { coacheeDatabaseName } from './coachee-names.ts';
import { EMPTY_NOTE, listCoachNotes, MAX_NOTE_CHARS, removeCoachNote, saveCoachNote } from './coach-notes.ts';
import { removeCoachee } from './coach-space.ts';
import { importShare } from './share-import.ts';
import { coachSpace, databaseNames, openedShare, rawRows } from './testing/coach-fixtures.ts';

const LEADER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const OTHER = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';
const NOW = new Date('2026-12-04T10:00:00.000Z');
const open: ProfileConnection[] = [];
afterEach(() => {
  for (const connection of open.splice(0)) connection.database.db.close();
});

async function spaceWithCoachees() {
  const { connection } = await coachSpace();
  open.push(connection);
  await importShare(connection, openedShare({ linkId: LEADER, shareId: 'share-1', exportedAt: '2026-11-10T09:00:00.000Z' }), { now: NOW });
  await importShare(connection, openedShare({ linkId: OTHER, shareId: 'other-1', exportedAt: '2026-11-10T09:00:00.000Z', leaderName: 'Alex' }), { now: NOW });
  return connection;
}

function note(id: string, text: string, createdAt: string, responseId: string | null = null, linkId = LEADER): CoachNote {
  return { id, linkId, responseId, text, createdAt, updatedAt: createdAt };
}

describe('private notes', () => {
  it('are kept per coachee, oldest first, edited and removed by id, and sealed on disk', async () => {
    const connection = await spaceWithCoachees();
    await saveCoachNote(connection, note('a-newer', 'Ask about the handover', '2026-12-02T09:00:00.000Z', 'response-1'));
    await saveCoachNote(connection, note('b-older', 'Sam wants to listen more', '2026-12-01T09:00:00.000Z'));
    await saveCoachNote(connection, note('n3', 'A note on Alex', '2026-12-01T09:00:00.000Z', null, OTHER));
    expect((await listCoachNotes(connection, LEADER)).map((n) => n.id)).toEqual(['b-older', 'a-newer']);
    expect((await listCoachNotes(connection, OTHER)).map((n) => n.text)).toEqual(['A note on Alex']);

    await saveCoachNote(connection, { ...note('b-older', 'Sam wants to listen first', '2026-12-01T09:00:00.000Z'), updatedAt: '2026-12-03T09:00:00.000Z' });
    await removeCoachNote(connection, LEADER, 'a-newer');
    expect(await listCoachNotes(connection, LEADER)).toEqual([{ ...note('b-older', 'Sam wants to listen first', '2026-12-01T09:00:00.000Z'), updatedAt: '2026-12-03T09:00:00.000Z' }]);

    const raw = await rawRows(coacheeDatabaseName(connection.profileId, LEADER));
    expect(JSON.stringify(raw.notes)).not.toContain('listen');
  });

  it('refuses an empty or overlong note, saving nothing', async () => {
    const connection = await spaceWithCoachees();
    await expect(saveCoachNote(connection, note('b-older', '  \n ', '2026-12-01T09:00:00.000Z'))).rejects.toMatchObject({ reason: 'empty-note', message: EMPTY_NOTE });
    await expect(saveCoachNote(connection, note('b-older', 'x'.repeat(MAX_NOTE_CHARS + 1), '2026-12-01T09:00:00.000Z'))).rejects.toMatchObject({ reason: 'note-too-long' });
    expect(await listCoachNotes(connection, LEADER)).toEqual([]);
  });

  it('stay when a newer share replaces the older one, and go with the coachee', async () => {
    const connection = await spaceWithCoachees();
    await saveCoachNote(connection, note('b-older', 'Keep me', '2026-12-01T09:00:00.000Z', 'response-1'));
    await importShare(connection, openedShare({ linkId: LEADER, shareId: 'share-2', exportedAt: '2026-11-20T09:00:00.000Z' }), { now: NOW });
    expect((await listCoachNotes(connection, LEADER)).map((n) => n.text)).toEqual(['Keep me']);

    await removeCoachee(connection, LEADER);
    expect(await databaseNames()).not.toContain(coacheeDatabaseName(connection.profileId, LEADER));
    await expect(listCoachNotes(connection, LEADER)).rejects.toMatchObject({ reason: 'no-such-coachee' });
  });
});
