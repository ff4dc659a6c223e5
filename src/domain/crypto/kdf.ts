/**
 * Key derivation: turns a passphrase or PIN into an AES-GCM key-wrapping key
 * with PBKDF2-SHA256 (WebCrypto). The parameters are stored beside the wrapped
 * data key; the iteration floor is applied when they are created and checked
 * with isKdfParamsStrongEnough, so tests can derive quickly with few rounds.
 */
import { fromBase64, toBase64, utf8 } from './encoding.ts';

export interface Pbkdf2Params {
  name: 'PBKDF2-SHA256';
  iterations: number;
  /** Base64 of 16 random bytes. */
  salt: string;
}

/** The fewest PBKDF2-SHA256 iterations a real profile may use (OWASP 2023). */
export const MIN_PBKDF2_ITERATIONS = 600_000;

/**
 * The most iterations deriveWrappingKey will run: a stored or imported count
 * above this (a hostile file, say) would freeze the device rather than protect it.
 */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

/** Bytes of random salt in new parameters. */
export const KDF_SALT_BYTES = 16;

/**
 * Fresh parameters with a random 16-byte salt.
 * @throws RangeError when `iterations` is not a whole number from MIN_PBKDF2_ITERATIONS to MAX_PBKDF2_ITERATIONS.
 */
export function newKdfParams(iterations: number = MIN_PBKDF2_ITERATIONS): Pbkdf2Params {
  if (!Number.isInteger(iterations) || iterations < MIN_PBKDF2_ITERATIONS || iterations > MAX_PBKDF2_ITERATIONS) {
    throw new RangeError(
      `PBKDF2 needs a whole number of iterations from ${MIN_PBKDF2_ITERATIONS} to ${MAX_PBKDF2_ITERATIONS}; got ${iterations}.`,
    );
  }
  const salt = crypto.getRandomValues(new Uint8Array(KDF_SALT_BYTES));
  return { name: 'PBKDF2-SHA256', iterations, salt: toBase64(salt) };
}

/** The salt's bytes, or undefined when it is not base64 of at least 16 bytes. */
function saltBytes(salt: unknown): Uint8Array<ArrayBuffer> | undefined {
  if (typeof salt !== 'string') return undefined;
  try {
    const bytes = fromBase64(salt);
    return bytes.length >= KDF_SALT_BYTES ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether stored parameters are fit for a real profile: PBKDF2-SHA256, at
 * least MIN_PBKDF2_ITERATIONS (and no more than MAX_PBKDF2_ITERATIONS), and a
 * salt of at least 16 bytes. Safe to call on untrusted, possibly malformed data.
 */
export function isKdfParamsStrongEnough(params: Pbkdf2Params): boolean {
  if (typeof params !== 'object' || params === null) return false;
  const { name, iterations, salt } = params;
  return (
    name === 'PBKDF2-SHA256' &&
    Number.isInteger(iterations) &&
    iterations >= MIN_PBKDF2_ITERATIONS &&
    iterations <= MAX_PBKDF2_ITERATIONS &&
    saltBytes(salt) !== undefined
  );
}

/**
 * Derives an AES-GCM-256 key-wrapping key (non-extractable, usages
 * ['wrapKey','unwrapKey']) from a secret (passphrase or PIN), NFC-normalised
 * so the same words typed on different keyboards give the same key.
 *
 * Accepts any whole iteration count from 1 to MAX_PBKDF2_ITERATIONS; whether
 * the parameters are strong enough is isKdfParamsStrongEnough's question.
 * @throws RangeError when the parameters are malformed (another algorithm, an
 *   iteration count out of range, or a salt that is not base64 of ≥ 16 bytes).
 */
export async function deriveWrappingKey(secret: string, params: Pbkdf2Params): Promise<CryptoKey> {
  if (params.name !== 'PBKDF2-SHA256') {
    throw new RangeError(`Unsupported key derivation "${String(params.name)}".`);
  }
  if (!Number.isInteger(params.iterations) || params.iterations < 1 || params.iterations > MAX_PBKDF2_ITERATIONS) {
    throw new RangeError(`PBKDF2 iterations must be a whole number from 1 to ${MAX_PBKDF2_ITERATIONS}.`);
  }
  const salt = saltBytes(params.salt);
  if (salt === undefined) {
    throw new RangeError(`The PBKDF2 salt must be base64 of at least ${KDF_SALT_BYTES} bytes.`);
  }
  const material = await crypto.subtle.importKey('raw', utf8(secret.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: params.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}
