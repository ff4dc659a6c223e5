/**
 * Passphrase protection for a whole file: AES-GCM-256 under a key derived
 * with PBKDF2-SHA256 (16-byte salt, at least MIN_PBKDF2_ITERATIONS), a fresh
 * 12-byte IV, and the file's header (format, formatVersion, kind) bound as
 * additional data so it cannot be swapped. A key check (a fixed text sealed
 * under its own IV) tells a wrong passphrase apart from an altered file.
 *
 * Reading accepts only iterations from MIN_PBKDF2_ITERATIONS to
 * MAX_PBKDF2_ITERATIONS and a well-formed salt and IV, checked before any key
 * is derived, so a hostile file cannot make the device work for minutes.
 */
import { isCryptoFailure } from '../crypto/crypto-failure.ts';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../crypto/encoding.ts';
import { KDF_SALT_BYTES, MAX_PBKDF2_ITERATIONS, MIN_PBKDF2_ITERATIONS } from '../crypto/kdf.ts';
import type { FileKind } from './file-types.ts';

export const FILE_CIPHER = 'AES-GCM-256';
export const FILE_KDF = 'PBKDF2-SHA256';
export const IV_BYTES = 12;
const TAG_BYTES = 16;
/** The text sealed as the key check, and its additional data (not the header's, so an altered header reads as damage, not as a wrong passphrase). */
const KEY_CHECK = 'attune-file key check';
const KEY_CHECK_AAD = utf8('attune-file/key-check/v1');

export interface FileKdfParams {
  name: typeof FILE_KDF;
  iterations: number;
  /** Base64 of 16 random bytes. */
  salt: string;
}

/** The `encrypted` part of an encrypted file. Every byte string is base64. */
export interface EncryptedPart {
  cipher: typeof FILE_CIPHER;
  kdf: FileKdfParams;
  iv: string;
  check: { iv: string; ciphertext: string };
  ciphertext: string;
}

/** What is bound to the ciphertext as AES-GCM additional data. */
export interface FileBinding {
  format: string;
  formatVersion: number;
  kind: FileKind;
}

export type DeriveFileKey = (passphrase: string, kdf: { iterations: number; salt: string }) => Promise<CryptoKey>;

/** Whether iterations are a whole number Attune accepts in a file. */
export function isAcceptedIterations(iterations: unknown): iterations is number {
  return Number.isInteger(iterations) && (iterations as number) >= MIN_PBKDF2_ITERATIONS && (iterations as number) <= MAX_PBKDF2_ITERATIONS;
}

function bytesOf(text: unknown, length: number): Uint8Array<ArrayBuffer> | undefined {
  if (typeof text !== 'string' || text.length > 4 * Math.ceil(length / 3) + 4) return undefined;
  try {
    const bytes = fromBase64(text);
    return bytes.length === length ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Derives the AES-GCM-256 file key (non-extractable, for encrypt and decrypt)
 * from a passphrase, NFC-normalised so the same words typed on another
 * keyboard give the same key.
 * @throws RangeError when the iterations are outside the accepted range or the
 *   salt is not base64 of 16 bytes.
 */
export async function deriveFileKey(passphrase: string, kdf: { iterations: number; salt: string }): Promise<CryptoKey> {
  if (!isAcceptedIterations(kdf.iterations)) {
    throw new RangeError(`A file key needs ${MIN_PBKDF2_ITERATIONS} to ${MAX_PBKDF2_ITERATIONS} PBKDF2 iterations; got ${String(kdf.iterations)}.`);
  }
  const salt = bytesOf(kdf.salt, KDF_SALT_BYTES);
  if (salt === undefined) throw new RangeError(`A file key needs a salt of ${KDF_SALT_BYTES} bytes in base64.`);
  const material = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: kdf.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Additional data for a file: JSON of its binding, unambiguous whatever it holds. */
function fileAad(binding: FileBinding): Uint8Array<ArrayBuffer> {
  return utf8(JSON.stringify(['attune-file/v1', binding.format, binding.formatVersion, binding.kind]));
}

/**
 * Seals the plain file's text under a passphrase.
 * @throws RangeError when the iterations are out of range or the passphrase is empty.
 */
export async function encryptFileText(
  plainText: string,
  passphrase: string,
  binding: FileBinding,
  options: { iterations?: number; deriveKey?: DeriveFileKey } = {},
): Promise<EncryptedPart> {
  if (passphrase === '') throw new RangeError('A file cannot be protected with an empty passphrase.');
  const iterations = options.iterations ?? MIN_PBKDF2_ITERATIONS;
  if (!isAcceptedIterations(iterations)) {
    throw new RangeError(`A file needs ${MIN_PBKDF2_ITERATIONS} to ${MAX_PBKDF2_ITERATIONS} PBKDF2 iterations; got ${iterations}.`);
  }
  const kdf: FileKdfParams = { name: FILE_KDF, iterations, salt: toBase64(crypto.getRandomValues(new Uint8Array(KDF_SALT_BYTES))) };
  const key = await (options.deriveKey ?? deriveFileKey)(passphrase, kdf);
  const additionalData = fileAad(binding);
  const checkIv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const check = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: checkIv, additionalData: KEY_CHECK_AAD }, key, utf8(KEY_CHECK));
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, utf8(plainText));
  return {
    cipher: FILE_CIPHER,
    kdf,
    iv: toBase64(iv),
    check: { iv: toBase64(checkIv), ciphertext: toBase64(new Uint8Array(check)) },
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  };
}

export type DecryptOutcome =
  | { ok: true; text: string }
  | { ok: false; reason: 'kdf-out-of-range' | 'wrong-passphrase' | 'damaged'; detail: string };

/**
 * Why an encrypted part's key-derivation parameters or IVs are refused
 * ('kdf-out-of-range'), or undefined when they are acceptable. Needs no
 * passphrase, so a reader can refuse such a file before asking for one.
 */
export function parameterProblem(part: EncryptedPart): { ok: false; reason: 'kdf-out-of-range'; detail: string } | undefined {
  if (part.kdf.name !== FILE_KDF || !isAcceptedIterations(part.kdf.iterations)) return { ok: false, reason: 'kdf-out-of-range', detail: 'iterations' };
  if (bytesOf(part.kdf.salt, KDF_SALT_BYTES) === undefined) return { ok: false, reason: 'kdf-out-of-range', detail: 'salt' };
  if (bytesOf(part.iv, IV_BYTES) === undefined || bytesOf(part.check.iv, IV_BYTES) === undefined) return { ok: false, reason: 'kdf-out-of-range', detail: 'iv' };
  return undefined;
}

/**
 * Opens an encrypted part. Checks the parameters before deriving anything,
 * then the key check (a wrong passphrase), then the ciphertext's tag (an
 * altered or damaged file). Never throws for bad data.
 */
export async function decryptFileText(
  part: EncryptedPart,
  passphrase: string,
  binding: FileBinding,
  deriveKey: DeriveFileKey = deriveFileKey,
): Promise<DecryptOutcome> {
  const problem = parameterProblem(part);
  if (problem) return problem;
  const iv = bytesOf(part.iv, IV_BYTES)!;
  const checkIv = bytesOf(part.check.iv, IV_BYTES)!;
  let check: Uint8Array<ArrayBuffer>;
  let ciphertext: Uint8Array<ArrayBuffer>;
  try {
    check = fromBase64(part.check.ciphertext);
    ciphertext = fromBase64(part.ciphertext);
  } catch {
    return { ok: false, reason: 'damaged', detail: 'ciphertext is not base64' };
  }
  if (ciphertext.length < TAG_BYTES) return { ok: false, reason: 'damaged', detail: 'ciphertext too short' };
  const key = await deriveKey(passphrase, part.kdf);
  const additionalData = fileAad(binding);
  try {
    const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: checkIv, additionalData: KEY_CHECK_AAD }, key, check);
    if (fromUtf8(new Uint8Array(opened)) !== KEY_CHECK) return { ok: false, reason: 'wrong-passphrase', detail: 'key check' };
  } catch (error) {
    if (isCryptoFailure(error) || error instanceof TypeError) return { ok: false, reason: 'wrong-passphrase', detail: 'key check' };
    throw error;
  }
  try {
    const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData }, key, ciphertext);
    return { ok: true, text: fromUtf8(new Uint8Array(opened)) };
  } catch (error) {
    if (isCryptoFailure(error) || error instanceof TypeError) return { ok: false, reason: 'damaged', detail: 'authentication tag' };
    throw error;
  }
}
