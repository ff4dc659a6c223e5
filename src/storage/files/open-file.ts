/** STUB (contract): replaced by the storage helper. */
import type { BackupBody, FileKind, ReadResult } from '../../domain/files/file-types.ts';

/**
 * Checks a chosen file in the file worker (size first, from `file.size`,
 * before reading it), and returns the opened file or the reason it was refused.
 */
export async function openAttuneFile(_file: Blob, _options: { passphrase?: string; expectKind: FileKind }): Promise<ReadResult<BackupBody>> {
  throw new Error('not built yet');
}
