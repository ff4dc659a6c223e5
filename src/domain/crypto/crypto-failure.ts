/**
 * Tells a WebCrypto failure caused by the data or key material (wrong key,
 * altered ciphertext, bad length) apart from a programming error such as a
 * key with the wrong usages, which should surface as it is.
 */

/** Whether `error` is the DOMException WebCrypto throws when authentication or decoding fails. */
export function isCryptoFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name } = error as { name?: unknown };
  return name === 'OperationError' || name === 'DataError';
}
