/**
 * Opening a chosen file of the kind the screen expects (a backup, a share, a
 * coach's notes): refused by its size before a byte is read (a file of
 * hundreds of megabytes is never loaded), then read and checked in the file
 * worker (which reads the bytes itself) against the questionnaire versions
 * this app ships; records, when the kind has them, come back in pages.
 * Returns the opened file or the reason it was refused; never throws for a bad file.
 */
import type { BodyOf, FileKind, ReadResult } from '../../domain/files/file-types.ts';
import { MAX_FILE_BYTES } from '../../domain/files/file-types.ts';
import { reject } from '../../domain/files/rejections.ts';
import { readFileInWorker } from './file-worker-client.ts';
import { loadKnownContent } from './known-content.ts';

/**
 * Checks a chosen file in the file worker (size first, from `file.size`,
 * before reading it), and returns the opened file or the reason it was refused.
 */
export async function openAttuneFile<K extends FileKind>(file: Blob, options: { passphrase?: string; expectKind: K; now?: Date }): Promise<ReadResult<BodyOf<K>>> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, rejection: reject('too-large', `size: ${file.size} bytes`) };
  const known = await loadKnownContent();
  return readFileInWorker(file, { passphrase: options.passphrase, expectKind: options.expectKind, known, now: options.now });
}
