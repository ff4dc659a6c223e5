/**
 * What the KDF worker does: derive a wrapping key from a secret, then create,
 * unwrap or re-wrap a data key with it. A data key leaves the worker only as
 * a wrapped blob or as a key that cannot be exported.
 */
import type { WrappedKey } from '../../domain/crypto/data-key.ts';
import { createWrappedDataKey, rewrapDataKey, unwrapDataKey } from '../../domain/crypto/data-key.ts';
import type { Pbkdf2Params } from '../../domain/crypto/kdf.ts';
import { deriveWrappingKey } from '../../domain/crypto/kdf.ts';

export type KdfRequest =
  | { op: 'create'; secret: string; kdf: Pbkdf2Params }
  | { op: 'unwrap'; secret: string; kdf: Pbkdf2Params; wrappedKey: WrappedKey }
  | { op: 'rewrap'; secret: string; kdf: Pbkdf2Params; wrappedKey: WrappedKey; newSecret: string; newKdf: Pbkdf2Params };

export type KdfResult = CryptoKey | WrappedKey | { wrappedKey: WrappedKey; dataKey: CryptoKey };

export async function runKdfRequest(request: KdfRequest): Promise<KdfResult> {
  const wrappingKey = await deriveWrappingKey(request.secret, request.kdf);
  switch (request.op) {
    case 'create':
      return createWrappedDataKey(wrappingKey);
    case 'unwrap':
      return unwrapDataKey(request.wrappedKey, wrappingKey);
    case 'rewrap':
      return rewrapDataKey(request.wrappedKey, wrappingKey, await deriveWrappingKey(request.newSecret, request.newKdf));
  }
}
