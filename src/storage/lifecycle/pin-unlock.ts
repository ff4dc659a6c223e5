/**
 * The quick-unlock PIN of this session: the data key wrapped by a key
 * derived from the PIN, in memory only (a reload forgets it), for one
 * profile, with its count of wrong PINs. It is made from the passphrase when
 * the PIN is set, inside the KDF worker, so no extractable key is ever held:
 * only this wrapped copy.
 */
import type { WrappedKey } from '../../domain/crypto/data-key.ts';
import type { Pbkdf2Params } from '../../domain/crypto/kdf.ts';
import { newKdfParams } from '../../domain/crypto/kdf.ts';
import { PIN_MAX_FAILURES } from '../../domain/crypto/retry-delay.ts';
import { StorageError } from '../errors.ts';
import { rewrapWithSecret, unwrapWithSecret } from '../vault/kdf-client.ts';
import type { VaultDescriptor } from '../vault/vault-descriptor.ts';

let pin: { profileId: string; kdf: Pbkdf2Params; wrapped: WrappedKey; failures: number } | null = null;

/** The profile whose PIN is set for this session, if any. */
export function pinProfileId(): string | null {
  return pin?.profileId ?? null;
}

/** Forgets the PIN (of `profileId` only, when given). */
export function forgetPin(profileId?: string): void {
  if (!profileId || pin?.profileId === profileId) pin = null;
}

/**
 * Sets the session PIN from the passphrase: the stored wrapped key is
 * re-wrapped from one to the other inside the worker.
 * @throws WrongSecretError when the passphrase is wrong
 */
export async function setPinFromPassphrase(profileId: string, descriptor: VaultDescriptor, passphrase: string, newPin: string): Promise<void> {
  if (descriptor.scheme !== 'aes-gcm') throw new StorageError('unknown', { message: 'Set a passphrase before a PIN.' });
  const kdf = newKdfParams();
  const wrapped = await rewrapWithSecret(passphrase, descriptor.kdf, descriptor.wrappedKey, newPin, kdf);
  pin = { profileId, kdf, wrapped, failures: 0 };
}

/**
 * The profile's live data key (not extractable), unwrapped with the PIN.
 * @throws WrongSecretError; after PIN_MAX_FAILURES wrong PINs the PIN is forgotten
 */
export async function unwrapWithPin(profileId: string, attempt: string): Promise<CryptoKey> {
  const current = pin;
  if (!current || current.profileId !== profileId) {
    throw new StorageError('unknown', { message: 'There is no PIN for this profile now: use the passphrase.' });
  }
  try {
    const key = await unwrapWithSecret(attempt, current.kdf, current.wrapped);
    current.failures = 0;
    return key;
  } catch (error) {
    current.failures += 1;
    if (current.failures >= PIN_MAX_FAILURES && pin === current) pin = null;
    throw error;
  }
}
