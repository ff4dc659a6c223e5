/**
 * One coachee's newest share, opened from their own database for the
 * read-only review: the share's header and every record, read in pages
 * (a decade is never one long task); a record that does not open is counted
 * and left out, never shown in place of the right one.
 */
import { SHARED_KINDS } from '../../domain/coaching/coaching-types.ts';
import { StorageError } from '../errors.ts';
import { emptyRecords, readRecordPages } from '../files/profile-records.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { withCoachee } from './coachee-access.ts';
import { SHARE_ROW_ID, shareTable } from './coachee-tables.ts';
import type { CoacheeReview } from './coach-types.ts';

/** @throws CoachingError ('no-such-coachee'); StorageError ('corrupt') when the share's header does not open. */
export async function openCoacheeReview(connection: ProfileConnection, linkId: string): Promise<CoacheeReview> {
  return withCoachee(connection, linkId, async (coachee, row) => {
    const header = await shareTable.get(coachee, SHARE_ROW_ID);
    if (!header) throw new StorageError('corrupt', { message: 'This coachee’s share could not be found on this device. Open their latest share file again.' });
    const records = emptyRecords();
    let unreadable = 0;
    await readRecordPages(
      coachee,
      (page) => {
        (records[page.kind] as unknown[]).push(...page.records);
        unreadable += page.unreadable;
      },
      SHARED_KINDS,
    );
    const share = { linkId: header.linkId, shareId: header.shareId, leaderName: header.leaderName, timeZone: header.timeZone, scope: header.scope, records };
    return { coachee: row.summary, share, unreadable };
  });
}
