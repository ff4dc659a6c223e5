/**
 * Opens a Dexie database with its list of migrations, guarding against the
 * two ways versions go wrong between tabs and app releases:
 *
 * - An older app meeting a database written by a newer one opens it in
 *   Dexie's dynamic mode, *read-only*: a DBCore middleware rejects every
 *   write, so an old tab can never damage new data. (Dexie 4 opens a newer
 *   database without complaint and reports our own version in `db.verno`,
 *   so we read the installed version from the IDBDatabase ourselves.)
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
  /** Registers a write so that a versionchange waits for it before closing. */
  track<T>(write: Promise<T>): Promise<T>;
}

export interface OpenOptions {
  onClosedByOtherTab?: () => void;
}

/** The schema version on disk. Dexie stores version n as IndexedDB version n × 10. */
function installedVersion(db: Dexie): number {
  return db.backendDB().version / 10;
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
  const track = <T>(write: Promise<T>): Promise<T> => {
    pending.add(write);
    void write.finally(() => pending.delete(write)).catch(() => undefined);
    return write;
  };

  const db = new Dexie(name, { autoOpen: false });
  applyMigrations(db, migrations);
  watchVersionChange(db, pending, options);
  try {
    await db.open();
    if (installedVersion(db) <= schemaVersion) return { db, readOnly: false, schemaVersion, track };
    db.close();
  } catch (error) {
    if ((error as { name?: string }).name !== 'VersionError') throw toStorageError(error);
  }

  const readOnlyDb = new Dexie(name, { autoOpen: false });
  rejectWrites(readOnlyDb);
  watchVersionChange(readOnlyDb, pending, options);
  try {
    await readOnlyDb.open();
  } catch (error) {
    throw toStorageError(error);
  }
  return { db: readOnlyDb, readOnly: true, schemaVersion, track };
}
