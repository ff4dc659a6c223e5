/**
 * A coach's private notes on one coachee (in that coachee's database, so
 * they go when the coachee is removed, and stay when a newer share replaces
 * the older one), and the notes file sent back to the leader: only the notes
 * the coach picks, in the common envelope, kind 'coach-notes', naming the
 * coachee's link id.
 */
import type { CoachNote } from '../../domain/coaching/coaching-types.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { withCoachee } from './coachee-access.ts';
import { notesTable } from './coachee-tables.ts';
import { CoachingError } from './coach-types.ts';
import type { MadeNotesFile } from './coach-types.ts';

/** The longest note (a notes file refuses longer ones). */
export const MAX_NOTE_CHARS = 10_000;

export const EMPTY_NOTE = 'Write something before saving the note.';
export const NOTE_TOO_LONG = `A note can be at most ${MAX_NOTE_CHARS.toLocaleString('en-GB')} characters. Shorten it and save again.`;
export const NO_NOTES_CHOSEN = 'Choose at least one note to send.';

/** The coachee's notes, oldest first. */
export async function listCoachNotes(connection: ProfileConnection, linkId: string): Promise<CoachNote[]> {
  return withCoachee(connection, linkId, async (coachee) => {
    const { items } = await notesTable.list(coachee, 'id');
    return items.filter((note) => note.linkId === linkId).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
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

/** Makes the notes file of the chosen notes (encrypted when a passphrase is given). Records nothing. */
export async function makeCoachNotesFile(
  connection: ProfileConnection,
  linkId: string,
  options: { noteIds: string[]; coachName: string; passphrase?: string; now?: Date },
): Promise<MadeNotesFile> {
  void connection; void linkId; void options;
  throw new Error('not built yet');
}
