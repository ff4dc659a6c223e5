/**
 * A message for a failure in the coach space: a refusal's own message (the
 * storage layer writes those for the person: a CoachingError, or a file's
 * rejection), a named storage error's (a full disk says so), else `fallback`.
 */
import { toStorageError } from '../../storage/errors.ts';

export function messageOf(error: unknown, fallback: string): string {
  if ((error as { name?: unknown } | null)?.name === 'CoachingError') return (error as Error).message;
  const rejection = (error as { rejection?: { message?: unknown } } | null)?.rejection;
  if (typeof rejection?.message === 'string') return rejection.message;
  const storage = toStorageError(error);
  return storage === error || storage.kind !== 'unknown' ? storage.message : fallback;
}
