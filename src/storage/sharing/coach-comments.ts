/**
 * Notes a coach sent back, as the leader keeps them (sealed table
 * `coachComments`): checked against this profile's link id, previewed, kept
 * only if the leader chooses, shown read-only beside their results.
 */
import type { CoachComment, CoachNotesBody } from '../../domain/coaching/coaching-types.ts';
import type { OpenedFile } from '../../domain/files/file-types.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import type { CoachNotesPreview } from './share-types.ts';

/** What keeping a notes file would do; refused (with a message) when the notes are for another person's link id. */
export async function previewCoachNotes(
  connection: ProfileConnection,
  file: OpenedFile<CoachNotesBody>,
): Promise<{ ok: true; preview: CoachNotesPreview } | { ok: false; message: string }> {
  void connection; void file;
  throw new Error('not built yet');
}

/** Keeps the file's notes (a note with the id of one kept before replaces it). Returns how many were kept. */
export async function keepCoachNotes(connection: ProfileConnection, file: OpenedFile<CoachNotesBody>, now?: Date): Promise<number> {
  void connection; void file; void now;
  throw new Error('not built yet');
}

/** Every kept note, oldest first. */
export async function listCoachComments(connection: ProfileConnection): Promise<CoachComment[]> {
  void connection;
  throw new Error('not built yet');
}

/** Removes every note kept from `coachName`. */
export async function removeCoachComments(connection: ProfileConnection, coachName: string): Promise<void> {
  void connection; void coachName;
  throw new Error('not built yet');
}
