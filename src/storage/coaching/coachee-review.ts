/** One coachee's newest share, opened from their own database for the read-only review. */
import type { ProfileConnection } from '../profile-connection.ts';
import type { CoacheeReview } from './coach-types.ts';

export async function openCoacheeReview(connection: ProfileConnection, linkId: string): Promise<CoacheeReview> {
  void connection; void linkId;
  throw new Error('not built yet');
}
