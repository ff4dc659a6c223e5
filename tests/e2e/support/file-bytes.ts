/**
 * What a downloaded Attune file really holds, read in node with the file
 * format's own decryption (domain/files/file-crypto.ts), so a test can search
 * the very text that left the device; and a copy of a file with one byte of
 * its ciphertext flipped, as a tampered or damaged file would be.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { EncryptedPart } from '../../../src/domain/files/file-crypto.ts';
import { decryptFileText } from '../../../src/domain/files/file-crypto.ts';
import type { FileKind } from '../../../src/domain/files/file-types.ts';

interface FileOnDisk {
  format: string;
  formatVersion: number;
  kind: FileKind;
  encrypted?: EncryptedPart;
}

/** The file's kind and whether it is encrypted, from its envelope. */
export function envelopeOf(path: string): { kind: FileKind; encrypted: boolean } {
  const file = JSON.parse(readFileSync(path, 'utf8')) as FileOnDisk;
  return { kind: file.kind, encrypted: file.encrypted !== undefined };
}

/**
 * The plain JSON text of the file at `path`: the file itself when it is not
 * encrypted, else its ciphertext opened with `passphrase`.
 * @throws Error when the passphrase does not open it.
 */
export async function plainTextOf(path: string, passphrase?: string): Promise<string> {
  const text = readFileSync(path, 'utf8');
  const file = JSON.parse(text) as FileOnDisk;
  if (!file.encrypted) return text;
  if (passphrase === undefined) throw new Error(`${path} is encrypted: give its passphrase`);
  const opened = await decryptFileText(file.encrypted, passphrase, { format: file.format, formatVersion: file.formatVersion, kind: file.kind });
  if (!opened.ok) throw new Error(`${path} did not open: ${opened.reason}`);
  return opened.text;
}

/** Writes to `to` a copy of the encrypted file `from` with one byte in the middle of its ciphertext flipped. */
export function flipCiphertextByte(from: string, to: string): void {
  const file = JSON.parse(readFileSync(from, 'utf8')) as FileOnDisk;
  if (!file.encrypted) throw new Error(`${from} is not encrypted`);
  const bytes = Buffer.from(file.encrypted.ciphertext, 'base64');
  const at = Math.floor(bytes.length / 2);
  bytes[at] = bytes[at]! ^ 0x01;
  writeFileSync(to, JSON.stringify({ ...file, encrypted: { ...file.encrypted, ciphertext: bytes.toString('base64') } }));
}
