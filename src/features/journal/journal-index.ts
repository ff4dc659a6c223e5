/**
 * The open profile's journal, decrypted and indexed in memory for search as
 * you type. Loaded once per connection; this tab's own saves and deletes
 * update it in place, so an autosave never re-reads thousands of entries.
 * Subscribers re-render on every change. Also holds the last deleted entry,
 * for "Undo".
 *
 * A lock empties it at once: the first thing a lock does is call the
 * database's flush functions (synchronously), and one of them clears this
 * connection's index, its pending changes and the entry kept for "Undo",
 * whatever still holds on to the connection. From then on nothing is put
 * back: not a save that completes later, nor a load that finishes later.
 * Nor is anything written into the index of a connection whose vault has
 * been revoked (a passphrase set in this tab gives the profile a new one).
 */
import type { JournalEntry } from '../../domain/journal/entry.ts';
import type { IndexedEntry } from '../../domain/journal/search.ts';
import { indexEntry } from '../../domain/journal/search.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { listAllJournal } from '../../storage/repositories/journal-repo.ts';

export interface JournalIndex {
  /** Newest first. */
  entries: readonly IndexedEntry[];
  unreadable: number;
}

interface Slot {
  index: JournalIndex | undefined;
  loading: Promise<void> | undefined;
  error: unknown;
  listeners: Set<() => void>;
  lastDeleted: JournalEntry | undefined;
  /** Saves and deletes made while the index was loading, applied once it has loaded. */
  pending: Array<{ kind: 'upsert' | 'remove'; entry: JournalEntry }>;
  /** Flushed for a lock: emptied, and never filled again. */
  closed: boolean;
}

const slots = new WeakMap<ProfileConnection, Slot>();

function notify(slot: Slot): void {
  for (const listener of slot.listeners) listener();
}

/** Drops every decrypted entry the slot holds; it stays empty. */
function closeSlot(slot: Slot): void {
  slot.closed = true;
  slot.index = undefined;
  slot.pending = [];
  slot.lastDeleted = undefined;
  slot.loading = undefined;
  slot.error = undefined;
  notify(slot);
}

function slotFor(connection: ProfileConnection): Slot {
  let slot = slots.get(connection);
  if (!slot) {
    const created: Slot = { index: undefined, loading: undefined, error: undefined, listeners: new Set(), lastDeleted: undefined, pending: [], closed: false };
    slots.set(connection, created);
    const unregister = connection.database.onFlush(() => {
      unregister();
      closeSlot(created);
    });
    slot = created;
  }
  return slot;
}

/** Whether the index may still take decrypted entries: not after a lock, nor once the connection's vault is revoked. */
function writable(connection: ProfileConnection, slot: Slot): boolean {
  return !slot.closed && !connection.vault.revoked;
}

/** Entries indexed between two yields to the event loop, so building the index never blocks the screen for long. */
const SLICE = 200;

const yieldToScreen = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Indexes `items` a slice at a time; stops early (with what it has) once `wanted` says the index is no longer wanted. */
async function buildIndex(items: readonly JournalEntry[], wanted: () => boolean): Promise<IndexedEntry[]> {
  const entries: IndexedEntry[] = [];
  for (let start = 0; start < items.length && wanted(); start += SLICE) {
    if (start > 0) await yieldToScreen();
    if (!wanted()) break;
    for (const item of items.slice(start, start + SLICE)) entries.push(indexEntry(item));
  }
  return entries;
}

/** Starts loading the index (once) and resolves when it is ready, or at once after a lock. */
export function loadJournalIndex(connection: ProfileConnection): Promise<void> {
  const slot = slotFor(connection);
  if (slot.closed) return Promise.resolve();
  const wanted = () => writable(connection, slot);
  slot.loading ??= listAllJournal(connection)
    .then(async (listed) => ({ listed, built: wanted() ? await buildIndex(listed.items, wanted) : [] }))
    .then(
    ({ listed, built }) => {
      if (!wanted()) return;
      let entries = built;
      for (const change of slot.pending.splice(0)) {
        entries = change.kind === 'upsert' ? withEntry(entries, change.entry) : entries.filter((e) => e.entry.id !== change.entry.id);
      }
      slot.index = { entries, unreadable: listed.unreadable };
      notify(slot);
    },
    (error: unknown) => {
      if (slot.closed) return;
      slot.error = error;
      slot.loading = undefined;
      notify(slot);
    },
  );
  return slot.loading;
}

export function readJournalIndex(connection: ProfileConnection): JournalIndex | undefined {
  return slots.get(connection)?.index;
}

export function journalIndexError(connection: ProfileConnection): unknown {
  return slots.get(connection)?.error;
}

export function subscribeJournal(connection: ProfileConnection, listener: () => void): () => void {
  const slot = slotFor(connection);
  slot.listeners.add(listener);
  return () => slot.listeners.delete(listener);
}

function withEntry(entries: readonly IndexedEntry[], entry: JournalEntry): IndexedEntry[] {
  const others = entries.filter((e) => e.entry.id !== entry.id);
  const at = others.findIndex((e) => e.entry.createdAt < entry.createdAt);
  others.splice(at === -1 ? others.length : at, 0, indexEntry(entry));
  return others;
}

/** Puts a saved entry into the index, keeping it newest first by when it was begun. */
export function upsertInIndex(connection: ProfileConnection, entry: JournalEntry): void {
  const slot = slotFor(connection);
  if (!writable(connection, slot)) return;
  if (slot.index) slot.index = { ...slot.index, entries: withEntry(slot.index.entries, entry) };
  else if (slot.loading) slot.pending.push({ kind: 'upsert', entry });
  notify(slot);
}

export function removeFromIndex(connection: ProfileConnection, entry: JournalEntry): void {
  const slot = slotFor(connection);
  if (!writable(connection, slot)) return;
  slot.lastDeleted = entry;
  if (slot.index) slot.index = { ...slot.index, entries: slot.index.entries.filter((e) => e.entry.id !== entry.id) };
  else if (slot.loading) slot.pending.push({ kind: 'remove', entry });
  notify(slot);
}

/** The entry deleted last in this session, until it is restored or another is deleted. */
export function lastDeleted(connection: ProfileConnection): JournalEntry | undefined {
  return slots.get(connection)?.lastDeleted;
}

export function forgetDeleted(connection: ProfileConnection): void {
  const slot = slotFor(connection);
  slot.lastDeleted = undefined;
  notify(slot);
}
