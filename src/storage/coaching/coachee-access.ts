/**
 * Opening one coachee of the open coach space for as long as a task takes:
 * their row gives their key, their database is opened with it, and closed
 * (the key let go) when the task ends, whatever happens.
 */
import type { ProfileConnection } from '../profile-connection.ts';
import { closeCoacheeConnection, openCoacheeConnection } from './coachee-database.ts';
import type { CoacheeRow } from './coachees-table.ts';
import { coacheesTable } from './coachees-table.ts';
import { CoachingError } from './coach-types.ts';

export const NO_SUCH_COACHEE = 'This coachee is no longer in this coaching profile. Nothing was changed.';

/** The coachee's row. @throws CoachingError ('no-such-coachee') */
export async function coacheeRow(connection: ProfileConnection, linkId: string): Promise<CoacheeRow> {
  const row = await coacheesTable.get(connection, linkId);
  if (!row) throw new CoachingError('no-such-coachee', NO_SUCH_COACHEE);
  return row;
}

/** Runs `task` with the coachee's database open. @throws CoachingError ('no-such-coachee') */
export async function withCoachee<T>(connection: ProfileConnection, linkId: string, task: (coachee: ProfileConnection, row: CoacheeRow) => Promise<T>): Promise<T> {
  const row = await coacheeRow(connection, linkId);
  const coachee = await openCoacheeConnection(connection.profileId, linkId, row.key);
  try {
    return await task(coachee, row);
  } finally {
    await closeCoacheeConnection(coachee);
  }
}
