/**
 * A table of sealed records: each row keeps a few plaintext index fields
 * (the id and the dates queries need) and a `payload` sealed by the
 * profile's vault, bound to its profile, table and id. The payload holds
 * the whole record, index fields included, and a row whose plaintext index
 * fields disagree with it (a reflection moved to another week, an entry
 * re-dated) is unreadable, like any other altered record. The repositories for
 * the journal, the practice log, weekly reflections and preferences are
 * built on it, so sealing and tracking are written once.
 */
import type { Table } from 'dexie';
import { guard, StorageError } from '../errors.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import type { SealedPayload } from '../vault/vault.ts';
import type { Listed } from './open-rows.ts';
import { openRows } from './open-rows.ts';

type Row<T, K extends keyof T> = Pick<T, K> & { id: string; payload: SealedPayload };

export interface ListOptions {
  reverse?: boolean;
  offset?: number;
  limit?: number;
}

export interface SealedTable<T extends { id: string }, K extends keyof T> {
  readonly name: string;
  put(connection: ProfileConnection, record: T): Promise<void>;
  get(connection: ProfileConnection, id: string): Promise<T | undefined>;
  remove(connection: ProfileConnection, id: string): Promise<void>;
  /** Records in the order of an index field, optionally a page of them; unreadable rows are counted, not thrown. */
  list(connection: ProfileConnection, orderBy: K | 'id', options?: ListOptions): Promise<Listed<T>>;
  count(connection: ProfileConnection): Promise<number>;
}

export function sealedTable<T extends { id: string }, K extends keyof T>(name: string, indexed: readonly K[]): SealedTable<T, K> {
  function table(connection: ProfileConnection): Table<Row<T, K>, string> {
    return connection.database.db.table(name);
  }
  function binding(connection: ProfileConnection, id: string) {
    return { profileId: connection.profileId, table: name, id };
  }
  async function fromRow(connection: ProfileConnection, row: Row<T, K>): Promise<T> {
    const body = await connection.vault.open<Omit<T, 'id'>>(row.payload, binding(connection, row.id));
    for (const key of indexed) {
      if ((body as Record<PropertyKey, unknown>)[key] !== row[key]) {
        throw new StorageError('corrupt', { message: `The ${String(key)} of a ${name} record does not match its sealed copy.` });
      }
    }
    return { ...body, id: row.id } as unknown as T;
  }
  return {
    name,
    put(connection, record) {
      return connection.database.track(
        (async () => {
          const body = Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'id'));
          const payload = await connection.vault.seal(body, binding(connection, record.id));
          const index = Object.fromEntries(indexed.map((key) => [key, record[key]]));
          await guard(() => table(connection).put({ ...index, id: record.id, payload } as Row<T, K>));
        })(),
      );
    },
    async get(connection, id) {
      const row = await guard(() => table(connection).get(id));
      return row ? fromRow(connection, row) : undefined;
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
      return openRows(rows, (row) => fromRow(connection, row));
    },
    count(connection) {
      return guard(() => table(connection).count());
    },
  };
}
