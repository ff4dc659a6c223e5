/**
 * The journal index for the open profile, loading it on first use once
 * `start` is true (the journal screen passes it after its first page is on
 * screen, so building the index never delays the first rows).
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import type { JournalIndex } from './journal-index.ts';
import { journalIndexError, loadJournalIndex, readJournalIndex, subscribeJournal } from './journal-index.ts';

export function useJournalIndex(connection: ProfileConnection, start = true): { index: JournalIndex | undefined; error: unknown } {
  useEffect(() => {
    if (!start) return;
    // After the browser has painted what is on screen now.
    const timer = setTimeout(() => void loadJournalIndex(connection), 0);
    return () => clearTimeout(timer);
  }, [connection, start]);
  const index = useSyncExternalStore(
    (listener) => subscribeJournal(connection, listener),
    () => readJournalIndex(connection),
  );
  const error = useSyncExternalStore(
    (listener) => subscribeJournal(connection, listener),
    () => journalIndexError(connection),
  );
  return { index, error };
}
