/**
 * A table of sealed records: each row keeps a few plaintext index fields
 * (the id and the keys and dates queries need) and a `payload` sealed by the
 * profile's vault, bound to its profile, table and id. The payload holds the
 * whole record, index fields included, and a row whose plaintext index
 * fields disagree with it (a result moved to another questionnaire, an entry
 * re-dated) is unreadable, like any other altered record. Every repository
 * of a profile's records is built on it, so sealing, checking and the write
 * path (sealed-write.ts) are written once.
 *
 * Responses, drafts and intentions sealed before profile schema v4 have a
 * body without their index fields (see legacy-bodies.ts and decision 0021).
 */
import type { Table } from 'dexie';
import { guard, StorageError } from '../errors.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import type { SealedPayload, SealOptions } from '../vault/vault.ts';
import { isLegacyBody, resealLegacy } from './legacy-bodies.ts';
import type { Listed } from './open-rows.ts';
import { openRows } from './open-rows.ts';
import { sealedWrite } from './sealed-write.ts';

export type SealedRow<T, K extends keyof T> = Pick<T, K> & { id: string; payload: SealedPayload };

export interface ListOptions {
  reverse?: boolean;
  offset?: number;
  limit?: number;
}

export interface SealedTableOptions<T> {
  /** Whether rows sealed before schema v4 (a body without the index fields) may be read, and re-sealed whole. */
  legacyBodies?: boolean;
  /** Brings an older stored shape of the record up to date once opened. */
  restore?: (stored: T) => T;
}

/** More IndexedDB work to do in the same transaction as a write (e.g. deleting a draft with its response). */
export interface Alongside {
  tables: readonly string[];
  run: () => Promise<unknown>;
}

export interface SealedTable<T extends { id: string }, K extends keyof T> {
  readonly name: string;
  /** Adds or replaces a record. Seals at once; see sealed-write.ts for the order and the vault check. */
  put(connection: ProfileConnection, record: T): Promise<void>;
  /** Adds a new record (a StorageError if its id exists), with `alongside` in the same transaction. */
  add(connection: ProfileConnection, record: T, alongside?: Alongside): Promise<void>;
  get(connection: ProfileConnection, id: string): Promise<T | undefined>;
  remove(connection: ProfileConnection, id: string): Promise<void>;
  /** Records in the order of an index field, optionally a page of them; unreadable rows are counted, not thrown. */
  list(connection: ProfileConnection, orderBy: K | 'id', options?: ListOptions): Promise<Listed<T>>;
  /** The records of any query of the rows, in its order; unreadable rows are counted, not thrown. */
  select(connection: ProfileConnection, query: (table: Table<SealedRow<T, K>, string>) => Promise<SealedRow<T, K>[]>): Promise<Listed<T>>;
  count(connection: ProfileConnection): Promise<number>;
  /** The row a record is stored as, sealed by the connection's vault (calls vault.seal at once), for writers that store many rows in one transaction of their own (a restore). */
  seal(connection: ProfileConnection, record: T): Promise<SealedRow<T, K>>;
}

export function sealedTable<T extends { id: string }, K extends keyof T>(
  name: string,
  indexed: readonly K[],
  options: SealedTableOptions<T> = {},
): SealedTable<T, K> {
  type Row = SealedRow<T, K>;
  const restore = options.restore ?? ((stored: T) => stored);
  function table(connection: ProfileConnection): Table<Row, string> {
    return connection.database.db.table(name);
  }
  function binding(connection: ProfileConnection, id: string) {
    return { profileId: connection.profileId, table: name, id };
  }
  /** Calls vault.seal now (before any await), and resolves to the row to store. */
  async function toRow(connection: ProfileConnection, record: T, sealOptions?: SealOptions): Promise<Row> {
    const body = Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'id'));
    const sealing = connection.vault.seal(body, binding(connection, record.id), sealOptions);
    const index = Object.fromEntries(indexed.map((key) => [key, record[key]]));
    return { ...index, id: record.id, payload: await sealing } as Row;
  }
  /** Opens a row; `legacy` is the whole record to re-seal when its body predates the index fields inside it. */
  async function open(connection: ProfileConnection, row: Row): Promise<{ record: T; legacy?: T }> {
    const body = await connection.vault.open<Record<PropertyKey, unknown>>(row.payload, binding(connection, row.id));
    if (typeof body !== 'object' || body === null) throw new StorageError('corrupt');
    if (options.legacyBodies && isLegacyBody(body, indexed)) {
      const stored = { ...body, ...Object.fromEntries(indexed.map((key) => [key, row[key]])), id: row.id } as unknown as T;
      return { record: restore(stored), legacy: stored };
    }
    for (const key of indexed) {
      if (body[key] !== row[key]) {
        throw new StorageError('corrupt', { message: `The ${String(key)} of a ${name} record does not match its sealed copy.` });
      }
    }
    return { record: restore({ ...body, id: row.id } as unknown as T) };
  }
  function reseal(connection: ProfileConnection, legacy: ReadonlyArray<{ row: Row; record: T }>): void {
    resealLegacy(connection, name, legacy, (record, sealOptions) => toRow(connection, record, sealOptions));
  }
  async function openAll(connection: ProfileConnection, rows: Row[]): Promise<Listed<T>> {
    const legacy: Array<{ row: Row; record: T }> = [];
    const listed = await openRows(rows, async (row) => {
      const opened = await open(connection, row);
      if (opened.legacy) legacy.push({ row, record: opened.legacy });
      return opened.record;
    });
    reseal(connection, legacy);
    return listed;
  }
  const write = (connection: ProfileConnection, record: T, mode: 'put' | 'add', alongside?: Alongside) =>
    sealedWrite(connection, [name, ...(alongside?.tables ?? [])], toRow(connection, record), async (row) => {
      // Both issued at once (see sealed-write.ts); if either fails, the transaction is undone.
      const stored = mode === 'add' ? table(connection).add(row) : table(connection).put(row);
      await Promise.all([stored, alongside?.run()]);
    });
  return {
    name,
    put: (connection, record) => write(connection, record, 'put'),
    add: (connection, record, alongside) => write(connection, record, 'add', alongside),
    async get(connection, id) {
      const row = await guard(() => table(connection).get(id));
      if (!row) return undefined;
      const opened = await open(connection, row);
      if (opened.legacy) reseal(connection, [{ row, record: opened.legacy }]);
      return opened.record;
    },
    async remove(connection, id) {
      await guard(() => connection.database.track(table(connection).delete(id)));
    },
    async list(connection, orderBy, { reverse = false, offset = 0, limit } = {}) {
      const rows = await guard(() => {
        let collection = table(connection).orderBy(orderBy as string);
        if (reverse) collection = collection.reverse();
        if (offset > 0) collection = collection.offset(offset);
        if (limit !== undefined) collection = collection.limit(limit);
        return collection.toArray();
      });
      return openAll(connection, rows);
    },
    async select(connection, query) {
      return openAll(connection, await guard(() => query(table(connection))));
    },
    count(connection) {
      return guard(() => table(connection).count());
    },
    seal: (connection, record) => toRow(connection, record),
  };
}
