/** The profile's practice log, newest first (by date, then when logged), kept live as it changes. undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PracticeLogEntry } from '../../domain/practice/practice-log.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import type { Listed } from '../../storage/repositories/open-rows.ts';
import { listPracticeLog } from '../../storage/repositories/practice-log-repo.ts';

function newestFirst(a: PracticeLogEntry, b: PracticeLogEntry): number {
  return b.date.localeCompare(a.date) || b.loggedAt.localeCompare(a.loggedAt);
}

export function usePracticeLog(connection: ProfileConnection): Listed<PracticeLogEntry> | undefined {
  return useLiveQuery(async () => {
    const listed = await listPracticeLog(connection);
    return { ...listed, items: [...listed.items].sort(newestFirst) };
  }, [connection]);
}
