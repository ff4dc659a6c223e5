/**
 * Opening a chosen file: refused by its size before a byte is read (a file
 * of hundreds of megabytes is never loaded), then read and checked in the
 * file worker against the questionnaire versions this app ships. Returns the
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
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    // The file went away or could not be read from the disk while being read: it may be incomplete.
    return { ok: false, rejection: reject('truncated', 'the file could not be read to its end') };
  }
  const known = await loadKnownContent();
  return readFileInWorker(bytes, { passphrase: options.passphrase, expectKind: options.expectKind, known, now: options.now });
}
