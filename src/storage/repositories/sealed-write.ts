/**
 * The one way a sealed record reaches the disk. Every write:
 *
 * - is sealed at call time: the caller has already called `vault.seal`
 *   before its first `await`, so a lock that drops the key a moment later
 *   cannot catch a change half-way (a lock calls `flushAll()` and then
 *   revokes the key);
 * - is issued in call order on its connection: it waits for the previous
 *   write to be *issued* (its transaction asked of Dexie), never for it to finish,
 *   so a write stuck in IndexedDB never holds back the sealing of the next
 *   one, and IndexedDB (which runs overlapping read-write transactions in
 *   the order they were created) still stores the newest last;
 * - checks the profile's vault descriptor (meta row "vault") inside its own
 *   transaction, issued together with the write: if the profile was given a passphrase (or had it removed)
 *   in another tab since this connection opened, the write is refused with
 *   StorageError('vault-changed') and nothing is written. Setting a
 *   passphrase writes the records and the descriptor in one transaction, so
 *   the two cannot interleave. (A guest session and a coachee database have
 *   no descriptor and their vault cannot change, so they are not checked.)
 */
import { COACHEE_DB_PREFIX } from '../coaching/coachee-names.ts';
import { guard, StorageError } from '../errors.ts';
import { GUEST_DB_PREFIX } from '../guest-session.ts';
import type { VersionedDatabase } from '../open-versioned.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import type { VaultDescriptor } from '../vault/vault-descriptor.ts';
import { VAULT_META_KEY } from '../vault/vault-descriptor.ts';

const META_TABLE = 'meta';

/** Per database: resolves once the latest write so far has created its transaction. */
const lastIssued = new WeakMap<VersionedDatabase, Promise<void>>();

/**
 * Throws StorageError('vault-changed') when the descriptor on disk no longer
 * says what this connection's vault is. Call inside a transaction that
 * includes the meta table.
 */
async function checkVault(connection: ProfileConnection): Promise<void> {
  // A guest session's vault never changes: its key lives only in memory, it has no descriptor, and its database ends with it.
  if (connection.database.db.name.startsWith(GUEST_DB_PREFIX)) return;
  // Nor does a coachee database's: its key is random, fixed at creation and kept in the coach profile's sealed row.
  if (connection.database.db.name.startsWith(COACHEE_DB_PREFIX)) return;
  const row = await connection.database.db.table<{ key: string; value: VaultDescriptor }, string>(META_TABLE).get(VAULT_META_KEY);
  const onDisk = row?.value?.scheme ?? 'plain';
  if (onDisk !== connection.vault.scheme) throw new StorageError('vault-changed');
}

/**
 * Writes sealed rows once `sealing` has settled, in call order, in one
 * read-write transaction over `tables` and the meta table that also checks the
 * vault descriptor. Tracked from the call, so a versionchange waits for it.
 * @param sealing the sealed rows, whose `vault.seal` calls have already started.
 * @param write the IndexedDB work, run inside the transaction; it should issue its first request before any await.
 * @throws StorageError('vault-changed') when the profile's vault changed in another tab.
 */
export function sealedWrite<S, R>(
  connection: ProfileConnection,
  tables: readonly string[],
  sealing: Promise<S>,
  write: (sealed: S) => Promise<R>,
): Promise<R> {
  const { database } = connection;
  const previous = lastIssued.get(database) ?? Promise.resolve();
  let issued!: () => void;
  lastIssued.set(database, new Promise<void>((resolve) => (issued = resolve)));
  const run = async (): Promise<R> => {
    try {
      const sealed = await sealing;
      await previous;
      // The check and the write are issued together, at once: a page that is closing still gets its last
      // save stored (a request issued later, from a callback, would never be), and a refused check aborts
      // the transaction, so the write is undone with it.
      const transaction = database.db.transaction('rw', [...tables, META_TABLE], async () => {
        const [, result] = await Promise.all([checkVault(connection), write(sealed)]);
        return result;
      });
      // Dexie 4 creates the IndexedDB transaction a microtask after db.transaction() is called, even on an
      // open database (measured with Dexie 4.4.7: not synchronously), from a queue it runs in order. The next
      // write resumes only after `issued()`, so its transaction is created after this one: in call order.
      issued();
      return await transaction;
    } finally {
      issued();
    }
  };
  return database.track(guard(run));
}
