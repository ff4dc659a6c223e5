/**
 * The coach space's storage work, imported when first used rather than with
 * the screens (as features/backup/file-actions.ts does): the storage chunk
 * that every screen loads stays free of the coach space's code, and these
 * screens' chunks stay free of the storage layer's.
 */
import type { CoacheeSummary, CoachNote, ShareBody } from '../../domain/coaching/coaching-types.ts';
import type { OpenedFile, ReadResult } from '../../domain/files/file-types.ts';
import type { CoacheeReview, MadeNotesFile, OnProgress, ShareImportPreview, ShareImportReport } from '../../storage/coaching/coach-types.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';

/** Reads and checks a chosen file as a share (a backup or a notes file is refused with a message that says what it is). */
export async function openShareFile(file: Blob, passphrase?: string): Promise<ReadResult<ShareBody>> {
  return (await import('../../storage/files/open-file.ts')).openAttuneFile(file, { passphrase, expectKind: 'share' });
}

export async function previewShareImport(connection: ProfileConnection, file: OpenedFile<ShareBody>, options: { expectLinkId?: string }): Promise<ShareImportPreview> {
  return (await import('../../storage/coaching/share-import.ts')).previewShareImport(connection, file, options);
}

export async function importShare(
  connection: ProfileConnection,
  file: OpenedFile<ShareBody>,
  options: { displayName?: string; expectLinkId?: string; onProgress?: OnProgress },
): Promise<ShareImportReport> {
  return (await import('../../storage/coaching/share-import.ts')).importShare(connection, file, options);
}

export async function listCoachees(connection: ProfileConnection): Promise<CoacheeSummary[]> {
  return (await import('../../storage/coaching/coach-space.ts')).listCoachees(connection);
}

export async function removeCoachee(connection: ProfileConnection, linkId: string): Promise<void> {
  return (await import('../../storage/coaching/coach-space.ts')).removeCoachee(connection, linkId);
}

export async function openCoacheeReview(connection: ProfileConnection, linkId: string): Promise<CoacheeReview> {
  return (await import('../../storage/coaching/coachee-review.ts')).openCoacheeReview(connection, linkId);
}

export async function listCoachNotes(connection: ProfileConnection, linkId: string): Promise<CoachNote[]> {
  return (await import('../../storage/coaching/coach-notes.ts')).listCoachNotes(connection, linkId);
}

export async function saveCoachNote(connection: ProfileConnection, note: CoachNote): Promise<void> {
  return (await import('../../storage/coaching/coach-notes.ts')).saveCoachNote(connection, note);
}

export async function removeCoachNote(connection: ProfileConnection, linkId: string, noteId: string): Promise<void> {
  return (await import('../../storage/coaching/coach-notes.ts')).removeCoachNote(connection, linkId, noteId);
}

export async function makeCoachNotesFile(
  connection: ProfileConnection,
  linkId: string,
  options: { noteIds: string[]; coachName: string; passphrase?: string },
): Promise<MadeNotesFile> {
  return (await import('../../storage/coaching/coach-notes.ts')).makeCoachNotesFile(connection, linkId, options);
}

