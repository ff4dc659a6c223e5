/** Turns the errors of unlocking and profile changes into one plain sentence each. */
import { describeWait } from '../../domain/crypto/retry-delay.ts';
import { PassphrasePolicyError } from '../../domain/crypto/secret-policy.ts';
import { toStorageError } from '../../storage/errors.ts';

/**
 * Milliseconds left of the wait when the attempt was refused, if `error` is
 * an UnlockWaitError; else null. Its `wait` is used rather than its
 * `retryAt`, which a change of the device's clock would make wrong.
 */
export function waitLeft(error: unknown, now = Date.now()): number | null {
  const named = error as { name?: string; wait?: unknown; retryAt?: unknown } | null;
  if (named?.name !== 'UnlockWaitError') return null;
  if (typeof named.wait === 'number' && Number.isFinite(named.wait)) return named.wait;
  return typeof named.retryAt === 'number' && Number.isFinite(named.retryAt) ? named.retryAt - now : null;
}

export function describeProfileError(error: unknown, now = Date.now()): string {
  if ((error as { name?: string } | null)?.name === 'WrongSecretError') return 'That passphrase did not unlock this profile.';
  if (error instanceof PassphrasePolicyError) return error.message;
  const left = waitLeft(error, now);
  if (left !== null) return `Too many wrong attempts. You can try again in ${describeWait(left)}.`;
  return toStorageError(error).message;
}

function count(value: number, unit: string): string {
  return `${value} ${unit}${value === 1 ? '' : 's'}`;
}

/** A running countdown in words, to the second: "4 minutes 5 seconds", "1 hour", "45 seconds". */
export function describeCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const parts = [hours > 0 && count(hours, 'hour'), minutes > 0 && count(minutes, 'minute'), (seconds > 0 || total === 0) && count(seconds, 'second')];
  return parts.filter(Boolean).join(' ');
}
