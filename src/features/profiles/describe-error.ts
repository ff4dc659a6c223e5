/** Turns the errors of unlocking and profile changes into one plain sentence each. */
import { describeWait } from '../../domain/crypto/retry-delay.ts';
import { toStorageError } from '../../storage/errors.ts';

export function describeProfileError(error: unknown, now = Date.now()): string {
  const named = error as { name?: string; retryAt?: number; message?: string };
  if (named?.name === 'WrongSecretError') return 'That passphrase did not unlock this profile.';
  if (named?.name === 'UnlockWaitError' && typeof named.retryAt === 'number') {
    return `Too many wrong attempts. You can try again in ${describeWait(named.retryAt - now)}.`;
  }
  return toStorageError(error).message;
}
