/**
 * The storage work of sharing with a coach, imported when first used rather
 * than with the screen (as features/backup/file-actions.ts explains: a
 * static import would let the bundler pull the file format's domain code
 * into this screen's chunk, and the storage chunk, loaded by every screen,
 * would then load this screen too). The screen calls storage only here.
 */
import type { CoachComment, CoachNotesBody, ShareCovers, ShareScope } from '../../domain/coaching/coaching-types.ts';
import type { OpenedFile, ReadResult } from '../../domain/files/file-types.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import type { CoachNotesPreview, MadeShare, OnProgress, ShareMade, SharePreview } from '../../storage/sharing/share-types.ts';

export async function readShareScope(connection: ProfileConnection): Promise<ShareScope> {
  return (await import('../../storage/sharing/share-settings.ts')).readShareScope(connection);
}

export async function listSharesMade(connection: ProfileConnection): Promise<ShareMade[]> {
  return (await import('../../storage/sharing/shares-made.ts')).listSharesMade(connection);
}

/** Records a share once its file has left the device (never for a closed share sheet). */
export async function recordShareMade(connection: ProfileConnection, made: { shareId: string; madeAt: Date; covers: ShareCovers; withdraw: string[] }): Promise<void> {
  return (await import('../../storage/sharing/shares-made.ts')).recordShareMade(connection, made);
}

export async function previewShare(connection: ProfileConnection, scope: ShareScope, options: { now?: Date } = {}): Promise<SharePreview> {
  return (await import('../../storage/sharing/share-file.ts')).previewShare(connection, scope, options);
}

export async function makeShareFile(
  connection: ProfileConnection,
  scope: ShareScope,
  options: { leaderName: string; passphrase?: string; withdraw: string[]; onProgress?: OnProgress; now?: Date },
): Promise<MadeShare> {
  return (await import('../../storage/sharing/share-file.ts')).makeShareFile(connection, scope, options);
}

/** Opens a coach's notes file in the file worker; any other kind of file is refused with a message saying what it is. */
export async function openNotesFile(file: Blob, passphrase?: string): Promise<ReadResult<CoachNotesBody>> {
  return (await import('../../storage/files/open-file.ts')).openAttuneFile(file, { passphrase, expectKind: 'coach-notes' });
}

export async function previewCoachNotes(
  connection: ProfileConnection,
  file: OpenedFile<CoachNotesBody>,
): Promise<{ ok: true; preview: CoachNotesPreview } | { ok: false; message: string }> {
  return (await import('../../storage/sharing/coach-comments.ts')).previewCoachNotes(connection, file);
}

export async function keepCoachNotes(connection: ProfileConnection, file: OpenedFile<CoachNotesBody>): Promise<number> {
  return (await import('../../storage/sharing/coach-comments.ts')).keepCoachNotes(connection, file);
}

export async function listCoachComments(connection: ProfileConnection): Promise<CoachComment[]> {
  return (await import('../../storage/sharing/coach-comments.ts')).listCoachComments(connection);
}

export async function removeCoachComments(connection: ProfileConnection, coachName: string): Promise<void> {
  return (await import('../../storage/sharing/coach-comments.ts')).removeCoachComments(connection, coachName);
}
