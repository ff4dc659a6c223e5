// @vitest-environment node
/**
 * A coach's notes back to the leader: refused (nothing written) when they
 * name another link id, previewed (notes about results this profile lacks,
 * notes that would replace kept ones), kept sealed, replaced by id, listed
 * and removed by coach.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CoachNotesBody } from '../../domain/coaching/coaching-types.ts';
import type { OpenedFile } from '../../domain/files/file-types.ts';
import { makeSmallFile } from '../files/file-worker-client.ts';
import { openAttuneFile } from '../files/open-file.ts';
import { populate } from '../files/testing/populate.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { keepCoachNotes, listCoachComments, NOTES_FOR_SOMEONE_ELSE, previewCoachNotes, removeCoachComments } from './coach-comments.ts';
import { coachLinkId } from './share-settings.ts';
import { closeAll, leaderProfile, testDirectory } from './testing/leader-profile.ts';

afterEach(closeAll);

const RECEIVED = new Date('2026-12-04T12:00:00.000Z');
const OTHER_LINK_ID = '0b7c2f7e-6f1d-4c1e-9a53-2d9d8f3a1c44';

type Note = CoachNotesBody['notes'][number];

function note(id: string, text: string, responseId: string | null = 'response-1', updatedAt = '2026-12-02T10:00:00.000Z'): Note {
  return { id, responseId, text, createdAt: '2026-12-01T10:00:00.000Z', updatedAt };
}

function notesFile(linkId: string, notes: Note[], coachName = 'Priya'): OpenedFile<CoachNotesBody> {
  return {
    header: { format: 'attune-file', formatVersion: 1, kind: 'coach-notes', appVersion: '1.0.0', schemaVersion: 5, exportedAt: '2026-12-03T09:00:00.000Z', contentVersions: {} },
    body: { linkId, coachName, notes },
    encrypted: true,
  };
}

async function sharedLeader(passphrase?: string): Promise<{ connection: ProfileConnection; linkId: string }> {
  const directory = await testDirectory();
  const { connection } = await leaderProfile(directory, 'Sam', passphrase);
  await populate(connection);
  return { connection, linkId: await coachLinkId(connection) };
}

describe('a coach’s notes file', () => {
  it('is refused, and nothing kept, when it was written for another link id', async () => {
    const { connection } = await sharedLeader();
    const file = notesFile(OTHER_LINK_ID, [note('note-1', 'You listened well')]);
    expect(await previewCoachNotes(connection, file)).toEqual({ ok: false, message: NOTES_FOR_SOMEONE_ELSE });
    await expect(keepCoachNotes(connection, file, RECEIVED)).rejects.toMatchObject({ name: 'StorageError', message: NOTES_FOR_SOMEONE_ELSE });
    expect(await connection.database.db.table('coachComments').count()).toBe(0);
    expect(await listCoachComments(connection)).toEqual([]);
  });

  it('is refused by a profile that has never shared (it has no link id for notes to be for), and makes it none', async () => {
    const directory = await testDirectory();
    const { connection } = await leaderProfile(directory);
    const file = notesFile(OTHER_LINK_ID, [note('note-1', 'You listened well')]);
    expect(await previewCoachNotes(connection, file)).toEqual({ ok: false, message: NOTES_FOR_SOMEONE_ELSE });
    await expect(keepCoachNotes(connection, file, RECEIVED)).rejects.toThrow(NOTES_FOR_SOMEONE_ELSE);
    expect(await connection.database.db.table('coachComments').count()).toBe(0);
    expect(await connection.database.db.table('preferences').count()).toBe(0);
  });

  it('previews how many notes are about results this profile does not have and how many would replace kept ones', async () => {
    const { connection, linkId } = await sharedLeader();
    await keepCoachNotes(connection, notesFile(linkId, [note('note-1', 'First thoughts')]), RECEIVED);
    const file = notesFile(linkId, [note('note-1', 'Second thoughts'), note('note-2', 'About a result you removed', 'response-gone'), note('note-3', 'In general', null)]);
    const preview = await previewCoachNotes(connection, file);
    expect(preview).toEqual({ ok: true, preview: { body: file.body, unknownResults: 1, replacing: 1 } });
    expect(await listCoachComments(connection)).toHaveLength(1);
  });

  it('keeps the notes labelled with the coach’s name, sealed in a locked profile, and a later note with the same id replaces the kept one', async () => {
    const { connection, linkId } = await sharedLeader('lantern orchard quietly');
    expect(await keepCoachNotes(connection, notesFile(linkId, [note('note-1', 'First thoughts'), note('note-2', 'In general', null, '2026-12-01T08:00:00.000Z')]), RECEIVED)).toBe(2);
    const raw = JSON.stringify(await connection.database.db.table('coachComments').toArray());
    expect(raw).not.toContain('First thoughts');
    expect(raw).not.toContain('Priya');

    const later = new Date('2026-12-10T12:00:00.000Z');
    expect(await keepCoachNotes(connection, notesFile(linkId, [note('note-1', 'Second thoughts', 'response-1', '2026-12-09T10:00:00.000Z')]), later)).toBe(1);
    expect(await listCoachComments(connection)).toEqual([
      { id: 'note-2', coachName: 'Priya', responseId: null, text: 'In general', updatedAt: '2026-12-01T08:00:00.000Z', receivedAt: RECEIVED.toISOString() },
      { id: 'note-1', coachName: 'Priya', responseId: 'response-1', text: 'Second thoughts', updatedAt: '2026-12-09T10:00:00.000Z', receivedAt: later.toISOString() },
    ]);
  });

  it('removes every note from one coach and leaves the other coach’s', async () => {
    const { connection, linkId } = await sharedLeader();
    await keepCoachNotes(connection, notesFile(linkId, [note('note-1', 'From Priya'), note('note-2', 'Also from Priya', null)]), RECEIVED);
    await keepCoachNotes(connection, notesFile(linkId, [note('note-3', 'From Tom')], 'Tom'), RECEIVED);
    await removeCoachComments(connection, 'Priya');
    expect((await listCoachComments(connection)).map((comment) => [comment.coachName, comment.text])).toEqual([['Tom', 'From Tom']]);
  });

  it('opens from a real notes file, encrypted, and keeps what it says', async () => {
    const { connection, linkId } = await sharedLeader();
    const body: CoachNotesBody = { linkId, coachName: 'Priya', notes: [note('8c1d1f6e-3b9a-4f57-a2d4-6e0f9b7c5a31', 'You gave the team room to answer', 'response-1')] };
    const blob = await makeSmallFile('coach-notes', body, { passphrase: 'tea at four', appVersion: '1.0.0', schemaVersion: 5, now: RECEIVED });
    expect(await blob.text()).not.toContain('room to answer');
    const read = await openAttuneFile(blob, { passphrase: 'tea at four', expectKind: 'coach-notes', now: RECEIVED });
    if (!read.ok) throw new Error(`refused: ${read.rejection.reason} ${read.rejection.detail ?? ''}`);
    expect(await previewCoachNotes(connection, read.file)).toMatchObject({ ok: true, preview: { unknownResults: 0, replacing: 0 } });
    await keepCoachNotes(connection, read.file, RECEIVED);
    expect((await listCoachComments(connection)).map((comment) => [comment.coachName, comment.responseId, comment.text])).toEqual([['Priya', 'response-1', 'You gave the team room to answer']]);
  });
});
