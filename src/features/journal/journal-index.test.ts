/**
 * The search index holds every entry decrypted. A lock must take it away at
 * once, not whenever the connection happens to be collected, and a save that
 * completes after the lock (or after its vault was revoked) must not put its
 * words back into memory.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../domain/journal/entry.ts';
import { newEntry } from '../../domain/journal/entry.ts';
import { closeHeld } from '../../storage/lifecycle/held-profile.ts';
import { profileDatabaseName } from '../../storage/profile-connection.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { getJournalEntry } from '../../storage/repositories/journal-repo.ts';
import { openTestProfile } from '../../testing/factories.ts';
import { holdTables } from '../../testing/hold-storage.ts';
import { deleteEntry, saveEntry } from './journal-actions.ts';
import { lastDeleted, loadJournalIndex, readJournalIndex } from './journal-index.ts';

/** Closed after each test, whatever happened, so a failing test does not hold the database open for the next. */
const cleanUp: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const step of cleanUp.splice(0).reverse()) await step();
});

async function openProfile(): Promise<ProfileConnection> {
  const connection = await openTestProfile();
  cleanUp.push(() => connection.database.db.close());
  return connection;
}

async function holdJournal(connection: ProfileConnection): Promise<() => Promise<void>> {
  const release = await holdTables(profileDatabaseName(connection.profileId), ['journal', 'meta']);
  let released: Promise<void> | undefined;
  const once = () => (released ??= release());
  cleanUp.push(once);
  return once;
}

function entry(id: string, text: string, day = 20): JournalEntry {
  return { ...newEntry(id, new Date(Date.UTC(2026, 10, day, 19)), `2026-11-${day}`), text };
}

function indexedTexts(connection: ProfileConnection): string[] | undefined {
  return readJournalIndex(connection)?.entries.map((indexed) => indexed.entry.text);
}

describe('the journal index and a lock', () => {
  it('is cleared at once when the lock starts, with the entry kept for "Undo"', async () => {
    const connection = await openProfile();
    await saveEntry(connection, entry('e1', 'Handover ran late'));
    await saveEntry(connection, entry('e2', 'A hard conversation with Sam', 21));
    await loadJournalIndex(connection);
    await deleteEntry(connection, entry('e2', 'A hard conversation with Sam', 21));
    expect(indexedTexts(connection)).toEqual(['Handover ran late']);
    expect(lastDeleted(connection)?.text).toBe('A hard conversation with Sam');

    const closing = closeHeld(connection);
    expect(readJournalIndex(connection)).toBeUndefined();
    expect(lastDeleted(connection)).toBeUndefined();
    await closing;
  });

  it('does not take back the words of a save stuck at the lock, which still lands sealed', async () => {
    const connection = await openProfile();
    await saveEntry(connection, entry('e1', 'Handover ran late'));
    await loadJournalIndex(connection);
    const release = await holdJournal(connection);
    const saving = saveEntry(connection, entry('e1', 'Handover ran late, and I stayed calm'));
    const closing = closeHeld(connection);
    expect(readJournalIndex(connection)).toBeUndefined();
    await release();
    await saving;
    await closing;
    expect(readJournalIndex(connection)).toBeUndefined();

    const reopened = await openProfile();
    expect((await getJournalEntry(reopened, 'e1'))?.text).toBe('Handover ran late, and I stayed calm');
  });

  it('is never filled by a load that finishes after the lock has started', async () => {
    const connection = await openProfile();
    await saveEntry(connection, entry('e1', 'Handover ran late'));
    const loading = loadJournalIndex(connection);
    connection.database.flushAll(); // what a lock does first, synchronously
    await loading;
    expect(readJournalIndex(connection)).toBeUndefined();
    await loadJournalIndex(connection);
    expect(readJournalIndex(connection)).toBeUndefined();
  });

  it('is not written by a save that completes after its vault was revoked', async () => {
    const connection = await openProfile();
    await saveEntry(connection, entry('e1', 'Handover ran late'));
    await loadJournalIndex(connection);
    const release = await holdJournal(connection);
    const saving = saveEntry(connection, entry('e2', 'Written as the passphrase was set', 21));
    connection.vault.revoke(0); // a passphrase set in this tab: the connection's old vault is revoked
    await release();
    await saving;
    expect(indexedTexts(connection)).toEqual(['Handover ran late']);
  });
});
