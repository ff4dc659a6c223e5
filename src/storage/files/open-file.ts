/**
 * Opening a chosen file: refused by its size before a byte is read (a file
 * of hundreds of megabytes is never loaded), then read and checked in the
 * file worker (which reads the bytes itself) against the questionnaire versions this app ships. Returns the
 * opened file or the reason it was refused; never throws for a bad file.
 */
import type { BackupBody, FileKind, ReadResult } from '../../domain/files/file-types.ts';
import { MAX_FILE_BYTES } from '../../domain/files/file-types.ts';
import { reject } from '../../domain/files/rejections.ts';
import { readFileInWorker } from './file-worker-client.ts';
import { loadKnownContent } from './known-content.ts';

/**
 * Checks a chosen file in the file worker (size first, from `file.size`,
 * before reading it), and returns the opened file or the reason it was refused.
 */
export async function openAttuneFile(file: Blob, options: { passphrase?: string; expectKind: FileKind; now?: Date }): Promise<ReadResult<BackupBody>> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, rejection: reject('too-large', `size: ${file.size} bytes`) };
  const known = await loadKnownContent();
  return readFileInWorker(file, { passphrase: options.passphrase, expectKind: options.expectKind, known, now: options.now });
}
