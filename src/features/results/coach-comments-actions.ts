/**
 * The notes a coach sent back, read through the storage helper imported when
 * first needed (as the other screens' file actions are), so the results
 * screen's chunk does not pull the sharing code in with it.
 */
import type { CoachComment } from '../../domain/coaching/coaching-types.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';

/** The kept notes about one result, oldest first. */
export async function coachCommentsOn(connection: ProfileConnection, responseId: string): Promise<CoachComment[]> {
  const all = await (await import('../../storage/sharing/coach-comments.ts')).listCoachComments(connection);
  return all.filter((comment) => comment.responseId === responseId);
}
