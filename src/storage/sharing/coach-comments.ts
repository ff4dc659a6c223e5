/**
 * Notes a coach sent back, as the leader keeps them (sealed table
 * `coachComments`, id = the note's id in the coach's app, responseId
 * indexed): checked against this profile's link id, previewed, kept only if
 * the leader chooses, shown read-only beside their results. A note kept
 * again (a later file with the same note id) replaces the one kept before.
 */
import type { CoachComment, CoachNotesBody } from '../../domain/coaching/coaching-types.ts';
import type { OpenedFile } from '../../domain/files/file-types.ts';
import { guard, StorageError } from '../errors.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { RESPONSES_TABLE } from '../repositories/responses-repo.ts';
import { sealedTable } from '../repositories/sealed-table.ts';
import { sealedWrite } from '../repositories/sealed-write.ts';
import { readCoachLinkId } from './share-settings.ts';
import type { CoachNotesPreview } from './share-types.ts';

export const COACH_COMMENTS_TABLE = 'coachComments';

/** Shown when a notes file names another person's link id (or this profile has never shared). */
export const NOTES_FOR_SOMEONE_ELSE =
  'These notes were written for someone else’s shares, so they were not kept. Ask your coach to check which file they sent you.';

const coachCommentsTable = sealedTable<CoachComment, 'responseId'>(COACH_COMMENTS_TABLE, ['responseId']);

/** Whether the notes name this profile's link id. A profile that has never shared has none, so no notes are for it. */
async function notesAreForThisProfile(connection: ProfileConnection, body: CoachNotesBody): Promise<boolean> {
  const linkId = await readCoachLinkId(connection);
  return linkId !== null && body.linkId === linkId;
}

/** Which of `ids` are keys of `table` (keys only: nothing is opened). */
async function presentIds(connection: ProfileConnection, table: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await guard(() => connection.database.db.table(table).where(':id').anyOf(ids).primaryKeys());
  return new Set(found as string[]);
}

/** What keeping a notes file would do; refused (with a message) when the notes are for another person's link id. */
export async function previewCoachNotes(
  connection: ProfileConnection,
  file: OpenedFile<CoachNotesBody>,
): Promise<{ ok: true; preview: CoachNotesPreview } | { ok: false; message: string }> {
  const { body } = file;
  if (!(await notesAreForThisProfile(connection, body))) return { ok: false, message: NOTES_FOR_SOMEONE_ELSE };
  const about = [...new Set(body.notes.flatMap((note) => (note.responseId === null ? [] : [note.responseId])))];
  const [results, kept] = await Promise.all([
    presentIds(connection, RESPONSES_TABLE, about),
    presentIds(connection, COACH_COMMENTS_TABLE, body.notes.map((note) => note.id)),
  ]);
  return {
    ok: true,
    preview: {
      body,
      unknownResults: body.notes.filter((note) => note.responseId !== null && !results.has(note.responseId)).length,
      replacing: body.notes.filter((note) => kept.has(note.id)).length,
    },
  };
}

/**
 * Keeps the file's notes, all in one sealed write (a note with the id of one
 * kept before replaces it). Returns how many were kept.
 * @throws StorageError with NOTES_FOR_SOMEONE_ELSE when the notes are not for this profile (nothing is written).
 */
export async function keepCoachNotes(connection: ProfileConnection, file: OpenedFile<CoachNotesBody>, now: Date = new Date()): Promise<number> {
  const { coachName, notes } = file.body;
  const receivedAt = now.toISOString();
  // Sealed at once (before any await), as every write is: see sealed-write.ts.
  const sealing = Promise.all(
    notes.map((note) =>
      coachCommentsTable.seal(connection, { id: note.id, coachName, responseId: note.responseId, text: note.text, updatedAt: note.updatedAt, receivedAt }),
    ),
  );
  sealing.catch(() => undefined); // its failure is reported by the write below, not as an unhandled rejection meanwhile
  if (!(await notesAreForThisProfile(connection, file.body))) throw new StorageError('unknown', { message: NOTES_FOR_SOMEONE_ELSE });
  await sealedWrite(connection, [COACH_COMMENTS_TABLE], sealing, (rows) => connection.database.db.table(COACH_COMMENTS_TABLE).bulkPut(rows));
  return notes.length;
}

/** Every kept note that can be read, oldest first (by when the coach last changed it). */
export async function listCoachComments(connection: ProfileConnection): Promise<CoachComment[]> {
  const { items } = await coachCommentsTable.list(connection, 'id');
  return items.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id));
}

/** Removes every note kept from `coachName`, in one write. */
export async function removeCoachComments(connection: ProfileConnection, coachName: string): Promise<void> {
  const ids = (await coachCommentsTable.list(connection, 'id')).items.filter((comment) => comment.coachName === coachName).map((comment) => comment.id);
  if (ids.length === 0) return;
  await guard(() => connection.database.track(connection.database.db.table(COACH_COMMENTS_TABLE).bulkDelete(ids)));
}
