/**
 * The per-profile data key (DEK): an AES-GCM-256 key that seals records. It is
 * stored only wrapped (AES-GCM, fresh 12-byte IV) by a key derived from the
 * passphrase or PIN; a wrong secret or an altered blob fails to unwrap with
 * one and the same WrongSecretError.
 */
import { fromBase64, toBase64 } from './encoding.ts';
import { isCryptoFailure } from './crypto-failure.ts';

/** A wrapped data key as stored: both fields are base64. */
export interface WrappedKey {
  iv: string;
  ciphertext: string;
}

const IV_BYTES = 12;
/** A raw 32-byte key plus the 16-byte GCM tag. */
const WRAPPED_KEY_BYTES = 32 + 16;

export class WrongSecretError extends Error {
  override readonly name = 'WrongSecretError';

  constructor(options?: { cause?: unknown }) {
    super('That passphrase or PIN did not unlock this profile.', { cause: options?.cause });
  }
}

/** A new, extractable data key: only for wrapping at once (see createWrappedDataKey) and for tests. */
export async function generateDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

/**
 * Wraps an extractable data key with a key-wrapping key, under a fresh random IV.
 * @throws DOMException (InvalidAccessError) when `dataKey` is not extractable or
 *   `wrappingKey` cannot wrap — programming errors, not user ones.
 */
export async function wrapDataKey(dataKey: CryptoKey, wrappingKey: CryptoKey): Promise<WrappedKey> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, { name: 'AES-GCM', iv });
  return { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) };
}

/** The blob's bytes, or undefined when it is malformed. */
function decodeWrapped(wrapped: WrappedKey): { iv: Uint8Array<ArrayBuffer>; ciphertext: Uint8Array<ArrayBuffer> } | undefined {
  if (typeof wrapped !== 'object' || wrapped === null) return undefined;
  try {
    const iv = fromBase64(wrapped.iv);
    const ciphertext = fromBase64(wrapped.ciphertext);
    if (iv.length !== IV_BYTES || ciphertext.length !== WRAPPED_KEY_BYTES) return undefined;
    return { iv, ciphertext };
  } catch {
    return undefined;
  }
}

/**
 * Unwraps a data key. By default the result cannot be exported, so script
 * running later cannot read the raw key; pass `extractable: true` only to
 * re-wrap it (a new passphrase or a session PIN).
 * @throws WrongSecretError when the wrapping key is not the one that wrapped it
 *   (wrong passphrase/PIN) or the blob was altered or malformed. The message is
 *   the same whatever was wrong.
 */
export async function unwrapDataKey(
  wrapped: WrappedKey,
  wrappingKey: CryptoKey,
  options?: { extractable?: boolean },
): Promise<CryptoKey> {
  const bytes = decodeWrapped(wrapped);
  if (bytes === undefined) throw new WrongSecretError();
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      bytes.ciphertext,
      wrappingKey,
      { name: 'AES-GCM', iv: bytes.iv },
      { name: 'AES-GCM', length: 256 },
      options?.extractable ?? false,
      ['encrypt', 'decrypt'],
    );
  } catch (error) {
    if (isCryptoFailure(error)) throw new WrongSecretError({ cause: error });
    throw error;
  }
}

/**
 * A new data key, wrapped by `wrappingKey`, and a live copy of it that cannot
 * be exported. The extractable key exists only inside this function (in the
 * KDF worker, in the app), so no script can ever read the raw key.
 */
export async function createWrappedDataKey(wrappingKey: CryptoKey): Promise<{ wrappedKey: WrappedKey; dataKey: CryptoKey }> {
  const wrappedKey = await wrapDataKey(await generateDataKey(), wrappingKey);
  return { wrappedKey, dataKey: await unwrapDataKey(wrappedKey, wrappingKey) };
}

/**
 * Re-wraps a data key from one secret's key to another's (a new passphrase,
 * or a session PIN). The key is extractable only inside this function.
 * @throws WrongSecretError when `from` does not unwrap it
 */
export async function rewrapDataKey(wrapped: WrappedKey, from: CryptoKey, to: CryptoKey): Promise<WrappedKey> {
  return wrapDataKey(await unwrapDataKey(wrapped, from, { extractable: true }), to);
}
