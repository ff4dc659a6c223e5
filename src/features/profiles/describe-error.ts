/** Turns the errors of unlocking and profile changes into one plain sentence each. */
import { describeWait } from '../../domain/crypto/retry-delay.ts';
import { toStorageError } from '../../storage/errors.ts';

/** When the next attempt is allowed (epoch ms), if `error` is an UnlockWaitError; else null. */
export function waitUntil(error: unknown): number | null {
  const named = error as { name?: string; retryAt?: unknown } | null;
  return named?.name === 'UnlockWaitError' && typeof named.retryAt === 'number' ? named.retryAt : null;
}

export function describeProfileError(error: unknown, now = Date.now()): string {
  if ((error as { name?: string } | null)?.name === 'WrongSecretError') return 'That passphrase did not unlock this profile.';
  const retryAt = waitUntil(error);
  if (retryAt !== null) return `Too many wrong attempts. You can try again in ${describeWait(retryAt - now)}.`;
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
