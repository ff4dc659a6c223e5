/**
 * A message for a failure while making or restoring a file: a refusal's own
 * message, a named storage error's (a full disk says so), else `fallback`.
 */
import { toStorageError } from '../../storage/errors.ts';

export function describeFileError(error: unknown, fallback: string): string {
  // The storage helper may answer with a refusal of its own, whose message is written for the person.
  const rejection = (error as { rejection?: { message?: unknown } } | null)?.rejection;
  if (typeof rejection?.message === 'string') return rejection.message;
  const storage = toStorageError(error);
  // A StorageError thrown as such carries its own message; an unrecognised failure gets the caller's.
  return storage === error || storage.kind !== 'unknown' ? storage.message : fallback;
}
