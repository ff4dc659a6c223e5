/**
 * Opens a Dexie database with its list of migrations, guarding against the
 * two ways versions go wrong between tabs and app releases:
 *
 * - An older app meeting a database written by a newer one opens it in
 *   Dexie's dynamic mode, *read-only*: a DBCore middleware rejects every
 *   write, so an old tab can never damage new data. The installed version is
 *   read before Dexie touches the database (see peekInstalledVersion).
 * - A connection that receives `versionchange` (another tab is upgrading or
 *   deleting the database) waits for its pending writes, closes, and reports
 *   it, so the UI asks for a reload instead of silently reopening.
 */
import Dexie from 'dexie';
import { StorageError, toStorageError } from './errors.ts';
import type { Migration } from './migrations/migration.ts';

export interface VersionedDatabase {
  db: Dexie;
  readOnly: boolean;
  /** Schema version this app writes. */
  schemaVersion: number;
  /** Registers a write so that a versionchange (or a lock) waits for it before closing. */
  track<T>(write: Promise<T>): Promise<T>;
  /** Resolves once every tracked write has finished (successfully or not). */
  settle(): Promise<void>;
  /**
   * Registers a function that starts saving what is waiting on screen (a
   * debounced journal change, say) at once. A lock calls every one of them,
   * synchronously, before the data key is dropped, so the change is sealed
   * while the key is still held. Returns a function that unregisters it.
   */
  onFlush(flush: () => void): () => void;
  /** Calls every registered flush function now (a throwing one does not stop the rest). */
  flushAll(): void;
  /** How many tracked writes were refused with 'vault-changed' (each a change that was not saved). */
  refusedByVaultChange(): number;
}

export interface OpenOptions {
  onClosedByOtherTab?: () => void;
  /**
   * A tracked write was refused because the profile's vault changed (another
   * tab set or changed the passphrase, or removed the data): StorageError
   * kind 'vault-changed'. The tab must lock or reopen.
   */
  onVaultChanged?: () => void;
}

function isVaultChanged(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { kind?: unknown }).kind === 'vault-changed';
}

/**
 * The schema version on disk, read *before* Dexie opens the database: Dexie 4
 * opens a newer database without complaint, and may even raise its version to
 * add a table it misses, which would be a write by an older app. Dexie stores
 * schema version n as IndexedDB version n × 10 (plus small bumps of its own,
 * hence the floor). Returns 0 when the database does not exist yet, without
 * creating it.
 */
function peekInstalledVersion(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort(); // it did not exist: leave it so
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(Math.floor(version / 10));
    };
    request.onerror = (event) => {
      if (request.error?.name === 'AbortError') {
        event.preventDefault();
        resolve(0);
      } else {
        reject(request.error);
      }
    };
  });
}

function applyMigrations(db: Dexie, migrations: readonly Migration[]): void {
  for (const migration of migrations) {
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
}

function rejectWrites(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'attune-read-only',
    create: (down) => ({
      ...down,
      table: (name) => ({
        ...down.table(name),
        mutate: () => Promise.reject(new StorageError('read-only')),
      }),
    }),
  });
}

function watchVersionChange(db: Dexie, pending: Set<Promise<unknown>>, options: OpenOptions): void {
  db.on('versionchange', () => {
    void Promise.allSettled([...pending]).then(() => {
      db.close();
      options.onClosedByOtherTab?.();
    });
    return false; // we close it ourselves, once pending writes are done
  });
}

export async function openVersioned(
  name: string,
  migrations: readonly Migration[],
  options: OpenOptions = {},
): Promise<VersionedDatabase> {
  const schemaVersion = migrations.at(-1)?.version ?? 0;
  const pending = new Set<Promise<unknown>>();
  let vaultChangeRefusals = 0;
  const track = <T>(write: Promise<T>): Promise<T> => {
    pending.add(write);
    void write.finally(() => pending.delete(write)).catch((error: unknown) => {
      if (!isVaultChanged(error)) return;
      vaultChangeRefusals += 1;
      options.onVaultChanged?.();
    });
    return write;
  };
  const refusedByVaultChange = (): number => vaultChangeRefusals;
  const settle = async (): Promise<void> => {
    await Promise.allSettled([...pending]);
  };
  const flushers = new Set<() => void>();
  const onFlush = (flush: () => void): (() => void) => {
    flushers.add(flush);
    return () => flushers.delete(flush);
  };
  const flushAll = (): void => {
    for (const flush of [...flushers]) {
      try {
        flush();
      } catch {
        // one failing flush must not keep the others from running
      }
    }
  };

  let installed: number;
  try {
    installed = typeof indexedDB === 'undefined' ? 0 : await peekInstalledVersion(name);
  } catch (error) {
    throw toStorageError(error);
  }
  if (installed <= schemaVersion) {
    const db = new Dexie(name, { autoOpen: false });
    applyMigrations(db, migrations);
    watchVersionChange(db, pending, options);
    try {
      await db.open();
      return { db, readOnly: false, schemaVersion, track, settle, onFlush, flushAll, refusedByVaultChange };
    } catch (error) {
      // A newer app may have upgraded it between our peek and our open.
      if ((error as { name?: string }).name !== 'VersionError') throw toStorageError(error);
    }
  }

  const readOnlyDb = new Dexie(name, { autoOpen: false });
  rejectWrites(readOnlyDb);
  watchVersionChange(readOnlyDb, pending, options);
  try {
    await readOnlyDb.open();
  } catch (error) {
    throw toStorageError(error);
  }
  return { db: readOnlyDb, readOnly: true, schemaVersion, track, settle, onFlush, flushAll, refusedByVaultChange };
}
