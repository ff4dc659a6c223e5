/**
 * A coach's private notes on one coachee (in that coachee's database, so
 * they go when the coachee is removed), and the notes file sent back to the
 * leader: only the notes the coach picks, in the common envelope, kind
 * 'coach-notes', naming the coachee's link id.
 */
import type { CoachNote } from '../../domain/coaching/coaching-types.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import type { MadeNotesFile } from './coach-types.ts';

/** The coachee's notes, oldest first. */
export async function listCoachNotes(connection: ProfileConnection, linkId: string): Promise<CoachNote[]> {
  void connection; void linkId;
  throw new Error('not built yet');
}

/** Adds or replaces a note (by id). */
export async function saveCoachNote(connection: ProfileConnection, note: CoachNote): Promise<void> {
  void connection; void note;
  throw new Error('not built yet');
}

export async function removeCoachNote(connection: ProfileConnection, linkId: string, noteId: string): Promise<void> {
  void connection; void linkId; void noteId;
  throw new Error('not built yet');
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
