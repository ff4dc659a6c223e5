/**
 * The storage helper's file work, imported when first used rather than with
 * the screen. The storage chunk (loaded by every screen, Today first) holds
 * these modules; a static import from this screen would let the bundler
 * place the file format's shared domain code in this screen's chunk, and the
 * storage chunk would then load the whole screen with Today.
 */
import type { BackupBody, OpenedFile, ReadResult } from '../../domain/files/file-types.ts';
import type { DirectoryDatabase } from '../../storage/directory.ts';
import type { MadeBackup, OnProgress, RestorePreview, RestoreReport } from '../../storage/files/backup-types.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import type { ProfileRecord } from '../../storage/repositories/profiles-repo.ts';

export async function makeBackupFile(
  connection: ProfileConnection,
  displayName: string,
  options: { passphrase?: string; onProgress?: OnProgress },
): Promise<MadeBackup> {
  return (await import('../../storage/files/export-backup.ts')).makeBackupFile(connection, displayName, options);
}

export async function readLastBackup(connection: ProfileConnection): Promise<string | null> {
  return (await import('../../storage/files/last-backup.ts')).readLastBackup(connection);
}

/** Records that a backup file left the device (shared or downloaded) at `at`. */
export async function recordLastBackup(connection: ProfileConnection, at: Date): Promise<void> {
  return (await import('../../storage/files/last-backup.ts')).recordLastBackup(connection, at);
}

export async function openAttuneFile(file: Blob, options: { passphrase?: string; expectKind: 'backup' }): Promise<ReadResult<BackupBody>> {
  return (await import('../../storage/files/open-file.ts')).openAttuneFile(file, options);
}

export async function previewRestore(connection: ProfileConnection | null, file: OpenedFile): Promise<RestorePreview> {
  return (await import('../../storage/files/restore-backup.ts')).previewRestore(connection, file);
}

export async function mergeBackup(connection: ProfileConnection, file: OpenedFile, options: { onProgress?: OnProgress }): Promise<RestoreReport> {
  return (await import('../../storage/files/restore-backup.ts')).mergeBackup(connection, file, options);
}

export async function restoreAsNewProfile(
  directory: DirectoryDatabase,
  file: OpenedFile,
  options: { displayName: string; passphrase: string | null; onProgress?: OnProgress },
): Promise<{ profile: ProfileRecord; report: RestoreReport }> {
  return (await import('../../storage/files/restore-backup.ts')).restoreAsNewProfile(directory, file, options);
}
