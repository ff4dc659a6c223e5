/** What the KDF worker does: derive a wrapping key from a secret, then wrap or unwrap a data key with it. */
import type { WrappedKey } from '../../domain/crypto/data-key.ts';
import { unwrapDataKey, wrapDataKey } from '../../domain/crypto/data-key.ts';
import type { Pbkdf2Params } from '../../domain/crypto/kdf.ts';
import { deriveWrappingKey } from '../../domain/crypto/kdf.ts';

export type KdfRequest =
  | { op: 'unwrap'; secret: string; kdf: Pbkdf2Params; wrappedKey: WrappedKey; extractable: boolean }
  | { op: 'wrap'; secret: string; kdf: Pbkdf2Params; dataKey: CryptoKey };

export type KdfResult = CryptoKey | WrappedKey;

export async function runKdfRequest(request: KdfRequest): Promise<KdfResult> {
  const wrappingKey = await deriveWrappingKey(request.secret, request.kdf);
  if (request.op === 'wrap') return wrapDataKey(request.dataKey, wrappingKey);
  return unwrapDataKey(request.wrappedKey, wrappingKey, { extractable: request.extractable });
}
