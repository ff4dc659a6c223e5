/** STUB (contract): replaced by the storage helper. */
import type { OpenedFile } from '../../domain/files/file-types.ts';
import type { DirectoryDatabase } from '../directory.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import type { ProfileRecord } from '../repositories/profiles-repo.ts';
import type { OnProgress, RestorePreview, RestoreReport } from './backup-types.ts';

/** What the file holds and what a merge into `connection` (if given) would do. Writes nothing. */
export async function previewRestore(_connection: ProfileConnection | null, _file: OpenedFile): Promise<RestorePreview> {
  throw new Error('not built yet');
}

/** Merges the file into the open profile in one transaction: all of it or, on any failure, nothing. */
export async function mergeBackup(_connection: ProfileConnection, _file: OpenedFile, _options?: { onProgress?: OnProgress }): Promise<RestoreReport> {
  throw new Error('not built yet');
}

/** Restores the file as a new profile (locked with `passphrase` if given); on any failure the new profile is removed whole. */
export async function restoreAsNewProfile(
  _directory: DirectoryDatabase,
  _file: OpenedFile,
  _options: { displayName: string; passphrase: string | null; onProgress?: OnProgress },
): Promise<{ profile: ProfileRecord; report: RestoreReport }> {
  throw new Error('not built yet');
}
