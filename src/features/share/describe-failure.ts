/** A message for a failure while previewing or making a share: a named storage error's own (a full disk says so), else `fallback`. */
import { toStorageError } from '../../storage/errors.ts';

export function describeFailure(error: unknown, fallback: string): string {
  const storage = toStorageError(error);
  return storage === error || storage.kind !== 'unknown' ? storage.message : fallback;
}
