// @vitest-environment node
/** A coach's private notes on a coachee: kept in that coachee's database, sealed, and only the chosen ones sent back. */
import { afterEach, describe, expect, it } from 'vitest';
import type { CoachNote } from '../../domain/coaching/coaching-types.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { coacheeDatabaseName } from './coachee-names.ts';
import { openAttuneFile } from '../files/open-file.ts';
import { deviceDate } from '../files/export-backup.ts';
import { EMPTY_NOTE, listCoachNotes, makeCoachNotesFile, MAX_NOTE_CHARS, NO_NOTES_CHOSEN, removeCoachNote, saveCoachNote } from './coach-notes.ts';
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

describe('the notes file sent back', () => {
  const PASSPHRASE = 'copper meadow whistle';

  it('holds only the chosen notes, for this coachee, from the coach by the name given, named for the leader', async () => {
    const connection = await spaceWithCoachees();
    await saveCoachNote(connection, note('n1', 'Chosen, on the result', '2026-12-01T09:00:00.000Z', 'response-1'));
    await saveCoachNote(connection, note('n2', 'PRIVATE-CANARY not for Sam', '2026-12-01T10:00:00.000Z'));
    await saveCoachNote(connection, note('n3', 'Chosen, in general', '2026-12-01T11:00:00.000Z'));
    await saveCoachNote(connection, note('n4', 'On Alex', '2026-12-01T11:00:00.000Z', null, OTHER));

    const made = await makeCoachNotesFile(connection, LEADER, { noteIds: ['n3', 'n1', 'n4'], coachName: ' Robin ', now: NOW });
    expect(made).toMatchObject({ count: 2, encrypted: false, fileName: `attune-coach-notes-for-sam-${deviceDate(NOW)}.json` });
    expect(await made.blob.text()).not.toContain('PRIVATE-CANARY');
    const read = await openAttuneFile(made.blob, { expectKind: 'coach-notes', now: NOW });
    if (!read.ok) throw new Error(read.rejection.message);
    expect(read.file.body).toEqual({
      linkId: LEADER,
      coachName: 'Robin',
      notes: [
        { id: 'n1', responseId: 'response-1', text: 'Chosen, on the result', createdAt: '2026-12-01T09:00:00.000Z', updatedAt: '2026-12-01T09:00:00.000Z' },
        { id: 'n3', responseId: null, text: 'Chosen, in general', createdAt: '2026-12-01T11:00:00.000Z', updatedAt: '2026-12-01T11:00:00.000Z' },
      ],
    });
  });

  it('is encrypted with a passphrase, and opens only with it', async () => {
    const connection = await spaceWithCoachees();
    await saveCoachNote(connection, note('n1', 'Sealed words', '2026-12-01T09:00:00.000Z'));
    const made = await makeCoachNotesFile(connection, LEADER, { noteIds: ['n1'], coachName: 'Robin', passphrase: PASSPHRASE, now: NOW });
    expect(made.encrypted).toBe(true);
    expect(await made.blob.text()).not.toContain('Sealed words');
    expect(await openAttuneFile(made.blob, { expectKind: 'coach-notes', now: NOW })).toMatchObject({ ok: false, rejection: { reason: 'needs-passphrase' } });
    const read = await openAttuneFile(made.blob, { expectKind: 'coach-notes', passphrase: PASSPHRASE, now: NOW });
    expect(read.ok && read.file.body.notes.map((n) => n.text)).toEqual(['Sealed words']);
  });

  it('is not made without a chosen note of this coachee, nor without the coach’s name', async () => {
    const connection = await spaceWithCoachees();
    await saveCoachNote(connection, note('n4', 'On Alex', '2026-12-01T11:00:00.000Z', null, OTHER));
    await expect(makeCoachNotesFile(connection, LEADER, { noteIds: [], coachName: 'Robin', now: NOW })).rejects.toMatchObject({ reason: 'no-notes-chosen', message: NO_NOTES_CHOSEN });
    await expect(makeCoachNotesFile(connection, LEADER, { noteIds: ['n4'], coachName: 'Robin', now: NOW })).rejects.toMatchObject({ reason: 'no-notes-chosen' });
    await expect(makeCoachNotesFile(connection, OTHER, { noteIds: ['n4'], coachName: '  ', now: NOW })).rejects.toMatchObject({ reason: 'no-coach-name' });
  });
});
