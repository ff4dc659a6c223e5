/** The journal index for the open profile, loading it on first use. */
import { useEffect, useSyncExternalStore } from 'react';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import type { JournalIndex } from './journal-index.ts';
import { journalIndexError, loadJournalIndex, readJournalIndex, subscribeJournal } from './journal-index.ts';

export function useJournalIndex(connection: ProfileConnection): { index: JournalIndex | undefined; error: unknown } {
  useEffect(() => {
    void loadJournalIndex(connection);
  }, [connection]);
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
