/**
 * Record sealing: a record's personal payload is JSON, encrypted with the
 * profile's data key (AES-GCM-256, a fresh random 12-byte IV per record). The
 * additional authenticated data names the record's profile, table and id, so
 * a ciphertext that is altered, moved to another record, table or profile,
 * or opened with another profile's key fails instead of showing.
 */
import { fromUtf8, utf8 } from './encoding.ts';
import { isCryptoFailure } from './crypto-failure.ts';

export interface RecordBinding {
  profileId: string;
  table: string;
  id: string;
}

/** Matches the 'aes-gcm' SealedPayload of src/storage/vault/vault.ts minus its `scheme`. */
export interface EncryptedRecord {
  iv: Uint8Array;
  ciphertext: ArrayBuffer;
}

/**
 * What decryptRecord accepts: an EncryptedRecord, or one whose bytes came back
 * from IndexedDB, an import or another realm as any typed-array view.
 */
export interface StoredEncryptedRecord {
  iv: ArrayBufferView;
  ciphertext: ArrayBuffer | ArrayBufferView;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
const AAD_VERSION = 'attune-record/v1';

export class TamperedRecordError extends Error {
  override readonly name = 'TamperedRecordError';

  constructor(options?: { cause?: unknown }) {
    super('This record has been altered or does not belong here, so it was not shown.', { cause: options?.cause });
  }
}

/**
 * Additional authenticated data binding a record to its profile, table and id:
 * JSON.stringify(['attune-record/v1', profileId, table, id]) as UTF-8, which is
 * unambiguous whatever characters the parts contain.
 */
export function recordAad(binding: RecordBinding): Uint8Array<ArrayBuffer> {
  return utf8(JSON.stringify([AAD_VERSION, binding.profileId, binding.table, binding.id]));
}

/**
 * Encrypts `value` as JSON (so Dates become ISO strings, and undefined
 * properties vanish) under a fresh random IV.
 * @throws TypeError when `value` cannot be serialised as JSON (undefined, a
 *   function, a BigInt or a cycle).
 */
export async function encryptRecord(key: CryptoKey, value: unknown, binding: RecordBinding): Promise<EncryptedRecord> {
  const json: unknown = JSON.stringify(value);
  if (typeof json !== 'string') throw new TypeError('This value cannot be stored: it has no JSON form.');
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: recordAad(binding) },
    key,
    utf8(json),
  );
  return { iv, ciphertext };
}

/** Whether `value` is an ArrayBuffer, from this realm or another. */
function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

/** A copy of the bytes in this realm's own ArrayBuffer, or undefined when `value` holds no bytes. */
function copyBytes(value: unknown): Uint8Array<ArrayBuffer> | undefined {
  let source: Uint8Array;
  if (ArrayBuffer.isView(value)) source = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  else if (isArrayBuffer(value)) source = new Uint8Array(value);
  else return undefined;
  const copy = new Uint8Array(source.byteLength);
  copy.set(source);
  return copy;
}

/**
 * Decrypts a record sealed by encryptRecord for the same binding. The parsed
 * JSON is returned as `T` unchecked: callers that need more than the AES-GCM
 * guarantee (it is exactly what was sealed here) validate it themselves.
 * @throws TamperedRecordError when the ciphertext, IV or binding do not match
 *   (altered, swapped between records/tables/profiles, or another profile's
 *   key), or the record is malformed.
 */
export async function decryptRecord<T>(
  key: CryptoKey,
  record: EncryptedRecord | StoredEncryptedRecord,
  binding: RecordBinding,
): Promise<T> {
  const iv = copyBytes(record?.iv);
  const ciphertext = copyBytes(record?.ciphertext);
  if (iv === undefined || ciphertext === undefined || iv.length !== IV_BYTES || ciphertext.length < TAG_BYTES) {
    throw new TamperedRecordError();
  }
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: recordAad(binding) }, key, ciphertext);
  } catch (error) {
    if (isCryptoFailure(error)) throw new TamperedRecordError({ cause: error });
    throw error;
  }
  try {
    return JSON.parse(fromUtf8(new Uint8Array(plaintext))) as T;
  } catch (error) {
    // Authentic but not our JSON: sealed by something other than encryptRecord.
    throw new TamperedRecordError({ cause: error });
  }
}
