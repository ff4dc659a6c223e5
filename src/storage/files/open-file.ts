/**
 * Opening a chosen file: refused by its size before a byte is read (a file
 * of hundreds of megabytes is never loaded), then read and checked in the
 * file worker against the questionnaire versions this app ships. Returns the
 * opened file or the reason it was refused; never throws for a bad file.
 */
import type { BackupBody, FileKind, ReadResult, Rejection } from '../../domain/files/file-types.ts';
import { MAX_FILE_BYTES } from '../../domain/files/file-types.ts';
import { readFileInWorker } from './file-worker-client.ts';
import { KNOWN_CONTENT } from './known-content.ts';

const TOO_LARGE: Rejection = {
  reason: 'too-large',
  message: `This file is too large to be an Attune file (the largest Attune opens is ${MAX_FILE_BYTES / 1024 / 1024} MB). Nothing was changed; choose the backup file Attune made.`,
};

const UNREADABLE: Rejection = {
  reason: 'truncated',
  message: 'This file could not be read from the device, so it may be incomplete. Nothing was changed; try choosing it again.',
};

/**
 * Checks a chosen file in the file worker (size first, from `file.size`,
 * before reading it), and returns the opened file or the reason it was refused.
 */
export async function openAttuneFile(file: Blob, options: { passphrase?: string; expectKind: FileKind; now?: Date }): Promise<ReadResult<BackupBody>> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, rejection: TOO_LARGE };
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, rejection: UNREADABLE };
  }
  return readFileInWorker(bytes, { passphrase: options.passphrase, expectKind: options.expectKind, known: KNOWN_CONTENT, now: options.now });
}
