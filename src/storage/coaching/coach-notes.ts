/**
 * A coach's private notes on one coachee (in that coachee's database, so
 * they go when the coachee is removed, and stay when a newer share replaces
 * the older one), and the notes file sent back to the leader: only the notes
 * the coach picks, in the common envelope, kind 'coach-notes', naming the
 * coachee's link id.
 */
import type { CoachNote, CoachNotesBody } from '../../domain/coaching/coaching-types.ts';
import { coachNotesFileName } from '../files/export-backup.ts';
import { makeSmallFile } from '../files/file-worker-client.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { withCoachee } from './coachee-access.ts';
import { notesTable, SHARE_ROW_ID, shareTable } from './coachee-tables.ts';
import { CoachingError } from './coach-types.ts';
import type { MadeNotesFile } from './coach-types.ts';

/** The longest note (a notes file refuses longer ones). */
export const MAX_NOTE_CHARS = 10_000;

export const EMPTY_NOTE = 'Write something before saving the note.';
export const NOTE_TOO_LONG = `A note can be at most ${MAX_NOTE_CHARS.toLocaleString('en-GB')} characters. Shorten it and save again.`;
export const NO_NOTES_CHOSEN = 'Choose at least one note to send.';
export const NO_COACH_NAME = 'Give your name as coach, so they know who the notes are from.';

function oldestFirst(a: CoachNote, b: CoachNote): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** The coachee's notes, oldest first. */
export async function listCoachNotes(connection: ProfileConnection, linkId: string): Promise<CoachNote[]> {
  return withCoachee(connection, linkId, async (coachee) => {
    const { items } = await notesTable.list(coachee, 'id');
    return items.filter((note) => note.linkId === linkId).sort(oldestFirst);
  });
}

/**
 * Adds or replaces a note (by id), in the database of the coachee it names.
 * @throws CoachingError ('empty-note', 'note-too-long', 'no-such-coachee'); nothing is saved
 */
export async function saveCoachNote(connection: ProfileConnection, note: CoachNote): Promise<void> {
  if (note.text.trim() === '') throw new CoachingError('empty-note', EMPTY_NOTE);
  if (note.text.length > MAX_NOTE_CHARS) throw new CoachingError('note-too-long', NOTE_TOO_LONG);
  await withCoachee(connection, note.linkId, (coachee) => notesTable.put(coachee, note));
}

export async function removeCoachNote(connection: ProfileConnection, linkId: string, noteId: string): Promise<void> {
  await withCoachee(connection, linkId, (coachee) => notesTable.remove(coachee, noteId));
}

/**
 * Makes the notes file of the chosen notes only (encrypted when a passphrase
 * is given), named for the name the leader offered. Records nothing.
 * @throws CoachingError ('no-notes-chosen', 'no-coach-name', 'no-such-coachee'); StorageError when the file cannot be made
 */
export async function makeCoachNotesFile(
  connection: ProfileConnection,
  linkId: string,
  options: { noteIds: string[]; coachName: string; passphrase?: string; now?: Date },
): Promise<MadeNotesFile> {
  const { passphrase, now = new Date() } = options;
  const coachName = options.coachName.trim();
  if (coachName === '') throw new CoachingError('no-coach-name', NO_COACH_NAME);
  const chosen = new Set(options.noteIds);
  if (chosen.size === 0) throw new CoachingError('no-notes-chosen', NO_NOTES_CHOSEN);
  const { notes, leaderName } = await withCoachee(connection, linkId, async (coachee, row) => {
    const header = await shareTable.get(coachee, SHARE_ROW_ID);
    const { items } = await notesTable.list(coachee, 'id');
    return { notes: items.filter((note) => note.linkId === linkId && chosen.has(note.id)), leaderName: header?.leaderName ?? row.summary.displayName };
  });
  if (notes.length === 0) throw new CoachingError('no-notes-chosen', NO_NOTES_CHOSEN);
  const body: CoachNotesBody = {
    linkId,
    coachName,
    notes: notes.sort(oldestFirst).map((note) => ({ id: note.id, responseId: note.responseId, text: note.text, createdAt: note.createdAt, updatedAt: note.updatedAt })),
  };
  const blob = await makeSmallFile('coach-notes', body, {
    passphrase: passphrase || undefined,
    appVersion: __APP_VERSION__,
    schemaVersion: connection.database.schemaVersion,
    now,
  });
  return { blob, fileName: coachNotesFileName(leaderName, now), count: body.notes.length, encrypted: Boolean(passphrase) };
}
