/**
 * What the Progress dashboard draws, read for one profile: the responses to
 * the three instruments it charts (the full self-assessment, the weekly
 * pulse and the presence check, each found through the questionnaireId
 * index, so no other questionnaire's result is opened), the practice log and
 * the weekly reflections. Never the journal. The five reads run side by side,
 * each in its own short read-only transaction: opening a sealed row is
 * asynchronous work that may not run inside an IndexedDB transaction, and a
 * dashboard that follows changes (useLiveQuery) needs no single snapshot.
 */
import type * as Progress from '../../domain/progress/progress-types.ts';
import type { ProgressRecords } from '../../domain/progress/progress-types.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { listPracticeLog } from './practice-log-repo.ts';
import { listResponsesOf, listResponsesSince } from './responses-repo.ts';
import { listWeeklyReflections } from './weekly-repo.ts';

/**
 * The questionnaires whose responses Progress reads. Written out, and checked
 * against progress-types.ts by type only: a value imported from there would
 * pull the whole progress domain into the storage chunk, which Today loads.
 */
export const PROGRESS_QUESTIONNAIRES: readonly [typeof Progress.ASSESSMENT_ID, typeof Progress.PULSE_ID, typeof Progress.PRESENCE_ID] = [
  'compassionate-leadership',
  'weekly-pulse',
  'leadership-presence',
];

export interface ReadProgressRecords {
  records: ProgressRecords;
  /** Rows that could not be opened (altered, or sealed for another profile); left on disk untouched. */
  unreadable: number;
}

/** The responses of the three charted questionnaires only: Today's invitation needs no more. */
export async function readProgressResponses(connection: ProfileConnection): Promise<{ responses: ProgressRecords['responses']; unreadable: number }> {
  const listed = await Promise.all(PROGRESS_QUESTIONNAIRES.map((id) => listResponsesOf(connection, id)));
  return { responses: listed.flatMap((l) => l.items), unreadable: listed.reduce((sum, l) => sum + l.unreadable, 0) };
}

/**
 * The responses of the three charted questionnaires completed at or after
 * `since` (an ISO instant): Today's invitation looks at the last year only,
 * so it never reads a decade of pulses.
 */
export async function readProgressResponsesSince(connection: ProfileConnection, since: string): Promise<{ responses: ProgressRecords['responses']; unreadable: number }> {
  const listed = await listResponsesSince(connection, since, PROGRESS_QUESTIONNAIRES);
  return { responses: listed.items, unreadable: listed.unreadable };
}

/** Everything the Progress dashboard draws for the profile of `connection`. */
export async function readProgressRecords(connection: ProfileConnection): Promise<ReadProgressRecords> {
  const [responses, practice, weekly] = await Promise.all([
    readProgressResponses(connection),
    listPracticeLog(connection),
    listWeeklyReflections(connection),
  ]);
  return {
    records: { responses: responses.responses, practice: practice.items, weekly: weekly.items },
    unreadable: responses.unreadable + practice.unreadable + weekly.unreadable,
  };
}
