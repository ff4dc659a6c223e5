/**
 * Named storage errors. Repositories turn Dexie and IndexedDB failures into
 * these, each with a message that can be shown to the user as it is.
 */
export type StorageErrorKind = 'quota' | 'read-only' | 'closed' | 'corrupt' | 'vault-changed' | 'unavailable' | 'unknown';

const MESSAGES: Record<StorageErrorKind, string> = {
  quota:
    'This device is out of storage space, so the last change was not saved. Free some space and try again; everything saved before is unchanged.',
  'read-only':
    'This data was saved by a newer version of Attune. You can read it here, but nothing will be saved until you update: close every Attune tab and open it again.',
  closed: 'Attune was updated in another tab. Reload this page to carry on; your answers so far are saved.',
  corrupt: 'A saved record could not be read. It has been left exactly as it was.',
  'vault-changed': 'This profile was locked or changed in another tab. Unlock it to carry on.',
  unavailable:
    'This browser is not letting Attune store data (private browsing or blocked site data can do this). Nothing can be saved until storage is allowed.',
  unknown: 'Something went wrong while saving. Nothing saved before has been changed; please try again.',
};

export class StorageError extends Error {
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, options?: { cause?: unknown; message?: string }) {
    super(options?.message ?? MESSAGES[kind], { cause: options?.cause });
    this.name = 'StorageError';
    this.kind = kind;
  }
}

function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (name === 'QuotaExceededError' || errorName(inner) === 'QuotaExceededError') return 'QuotaExceededError';
  // Dexie's bulkAdd reports each failed row in `failures` (a BulkError): a full disk there is a full disk.
  if (name === 'BulkError' && Array.isArray(failures) && failures.some((failure) => errorName(failure) === 'QuotaExceededError')) return 'QuotaExceededError';
  return typeof name === 'string' ? name : undefined;
}

/** Converts any failure from Dexie or IndexedDB into a StorageError. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return new StorageError('quota', { cause: error });
    case 'DatabaseClosedError':
      return new StorageError('closed', { cause: error });
    case 'MissingAPIError':
    case 'InvalidStateError':
      return new StorageError('unavailable', { cause: error });
    default:
      return new StorageError('unknown', { cause: error });
  }
}

/** Runs a storage operation and rethrows any failure as a StorageError. */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
