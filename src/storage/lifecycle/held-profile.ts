/**
 * The profile this tab has open, and how it lets go of it. Closing never
 * waits on storage: it asks every registered flush to start sealing what is
 * on screen (synchronously, while the key is still held), revokes the vault
 * after a short grace (so the key is gone within about a second), and only
 * then, in the background, waits for the writes already under way, lets go
 * of the profile's shared lock and closes the database. Nothing is closed
 * under a pending write, and a change the vault refused is reported.
 */
import type { ProfileConnection } from '../profile-connection.ts';
import type { Vault } from '../vault/vault.ts';

/** How long a revoked vault still seals what a lock's flush asked for. */
const REVOKE_GRACE_MS = 800;

export interface CloseReport {
  /** A change made just before the lock was refused (by the revoked vault, or because the vault changed in another tab): it was not saved. */
  unsaved: boolean;
}

interface Held {
  release: () => void;
  /** Every vault this connection has used (a passphrase set swaps it), so closing revokes them all. */
  vaults: Set<Vault>;
}

/** Keyed by the database, which stays the same when the connection's vault is swapped. */
const held = new WeakMap<object, Held>();

/** Records that this tab holds `connection` open, with the shared lock's release. */
export function registerHeld(connection: ProfileConnection, release: () => void): void {
  held.set(connection.database, { release, vaults: new Set([connection.vault]) });
}

/** The connection now uses `next`'s vault: the old one is revoked after the grace, and closing revokes both. */
export function swapVault(previous: ProfileConnection, next: ProfileConnection): void {
  const entry = held.get(previous.database);
  entry?.vaults.add(next.vault);
  previous.vault.revoke(REVOKE_GRACE_MS);
}

/** Lets go of the shared lock only (a vault change in this tab takes it exclusively); returns a function to take it back. */
export function releaseLockFor(connection: ProfileConnection): (release: () => void) => void {
  const entry = held.get(connection.database);
  entry?.release();
  return (release) => {
    // Closed meanwhile (a lock during the change): nothing will let this hold go later, so let it go now.
    if (entry && held.get(connection.database) === entry) entry.release = release;
    else release();
  };
}

/**
 * Closes `connection` without waiting on storage. The synchronous part runs
 * before this returns: flushes started, vault revocation scheduled. The
 * promise settles once pending writes have, `finish` has run (delete a guest
 * database, remove the data) and the database is closed.
 */
export function closeHeld(
  connection: ProfileConnection,
  options: { graceMs?: number; finish?: () => Promise<void> } = {},
): Promise<CloseReport> {
  const { database } = connection;
  const entry = held.get(database);
  held.delete(database);
  database.flushAll();
  const vaults = entry?.vaults ?? new Set([connection.vault]);
  for (const vault of vaults) vault.revoke(options.graceMs ?? REVOKE_GRACE_MS);
  return (async () => {
    try {
      await database.settle();
      entry?.release(); // before `finish`, which may take the lock exclusively (remove my data)
      await options.finish?.();
    } finally {
      database.db.close();
      entry?.release();
    }
    return { unsaved: database.refusedByVaultChange() > 0 || [...vaults].some((vault) => vault.refusedSeals > 0) };
  })();
}
