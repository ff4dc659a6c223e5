/**
 * The guest session ("use without saving"): a one-off reflection on a shared
 * tablet that leaves nothing behind. Its records go to a temporary database
 * sealed with a random key that exists only in memory (never exported, never
 * written), and the database is deleted when the session ends. If the tab
 * dies first, what is left is ciphertext whose key is gone, and the next
 * start deletes it. A live session holds a Web Lock named after its database,
 * so another tab's clean-up never deletes a session that is still in use.
 */
import Dexie from 'dexie';
import { newId } from '../domain/ids.ts';
import { guard } from './errors.ts';
import type { OpenOptions } from './open-versioned.ts';
import { openVersioned } from './open-versioned.ts';
import { profileMigrations } from './migrations/profile/index.ts';
import type { ProfileConnection } from './profile-connection.ts';
import { CryptoVault } from './vault/crypto-vault.ts';

/** Database name prefix of guest sessions. Do not change without deleting the old prefix too. */
export const GUEST_DB_PREFIX = 'attune-guest-';

const releases = new Map<string, () => void>();

/** Holds a Web Lock named `name` until the returned function is called (no-op where Web Locks are missing). */
function holdLock(name: string): void {
  if (typeof navigator === 'undefined' || !navigator.locks) return;
  void navigator.locks.request(name, () => new Promise<void>((resolve) => releases.set(name, resolve)));
}

export async function openGuestSession(options: OpenOptions = {}): Promise<ProfileConnection> {
  const id = newId();
  holdLock(`${GUEST_DB_PREFIX}${id}`);
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const database = await openVersioned(`${GUEST_DB_PREFIX}${id}`, profileMigrations, options);
  const profileId = `guest-${id}`;
  return { profileId, database, vault: new CryptoVault(profileId, key) };
}

/** Ends a guest session: waits for pending saves, then deletes its database. */
export async function endGuestSession(connection: ProfileConnection): Promise<void> {
  await connection.database.settle();
  const name = connection.database.db.name;
  connection.database.db.close();
  await guard(() => Dexie.delete(name));
  releases.get(name)?.();
  releases.delete(name);
}

/** Deletes guest databases left by a tab that closed or crashed mid-session. */
export async function removeLeftoverGuestDatabases(): Promise<void> {
  if (typeof indexedDB === 'undefined' || !indexedDB.databases) return;
  const inUse = new Set(
    typeof navigator !== 'undefined' && navigator.locks ? ((await navigator.locks.query()).held ?? []).map((lock) => lock.name) : [],
  );
  const names = (await indexedDB.databases())
    .map((d) => d.name ?? '')
    .filter((n) => n.startsWith(GUEST_DB_PREFIX) && !inUse.has(n));
  await Promise.all(names.map((name) => guard(() => Dexie.delete(name))));
}
