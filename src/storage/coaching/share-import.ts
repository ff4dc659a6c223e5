/**
 * Taking a share into a coach space: a new coachee, or a newer share from a
 * known one (matched by link id, never by name) that replaces their older
 * share, in their own database only. Records are sealed first, in chunks
 * (the page keeps answering), then written in one transaction; any failure
 * leaves every coachee as they were.
 */
import type { ShareBody } from '../../domain/coaching/coaching-types.ts';
import type { OpenedFile } from '../../domain/files/file-types.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import type { OnProgress, ShareImportPreview, ShareImportReport } from './coach-types.ts';

/**
 * What taking `file` in would do. With `expectLinkId` (the coach is updating
 * one coachee), a share from anyone else is refused ('other-coachee').
 */
export async function previewShareImport(connection: ProfileConnection, file: OpenedFile<ShareBody>, options: { expectLinkId?: string } = {}): Promise<ShareImportPreview> {
  void connection; void file; void options;
  throw new Error('not built yet');
}

/** Takes the share in. `displayName` names a new coachee (ignored for a known one). */
export async function importShare(
  connection: ProfileConnection,
  file: OpenedFile<ShareBody>,
  options: { displayName?: string; expectLinkId?: string; onProgress?: OnProgress; now?: Date },
): Promise<ShareImportReport> {
  void connection; void file; void options;
  throw new Error('not built yet');
}
