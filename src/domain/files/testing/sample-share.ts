/**
 * Test helpers for shares and coach's notes files (not shipped): a share of
 * the sample profile (scores, the journal entry marked for the coach,
 * intentions and practice), and a notes file back to that leader, both
 * valid by body-schemas.ts.
 */
import type { CoachNotesBody, ShareBody } from '../../coaching/coaching-types.ts';
import { selectForShare } from '../../coaching/select-for-share.ts';
import type { BackupRecords } from '../file-types.ts';
import { sampleBackupBody } from './sample-backup.ts';

export const SAMPLE_LINK_ID = '5b0d8a3e-2f4c-4e9a-9d1b-7c6e5a4b3c2d';
export const SAMPLE_SHARE_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
export const EARLIER_SHARE_ID = 'f0e1d2c3-b4a5-4968-8776-655443322110';

/** A fresh share of the sample profile: scores only, its one journal entry marked for the coach. */
export function sampleShareBody(): ShareBody {
  const records = sampleBackupBody().records;
  records.journal[0]!.shareWithCoach = true;
  const scope = { reflections: 'scores', journal: 'tagged', intentions: true, practice: true, from: null, to: null } as const;
  return {
    linkId: SAMPLE_LINK_ID,
    shareId: SAMPLE_SHARE_ID,
    leaderName: 'Sam on the ward',
    timeZone: 'Europe/London',
    scope: { ...scope },
    records: selectForShare(records, scope, { today: '2026-12-01', timeZone: 'Europe/London' }) as BackupRecords,
    withdraw: [EARLIER_SHARE_ID],
  };
}

/** A fresh notes file for the sample leader: one general note and one about their first result. */
export function sampleNotesBody(): CoachNotesBody {
  return {
    linkId: SAMPLE_LINK_ID,
    coachName: 'Alex (coach)',
    notes: [
      { id: 'note-1', responseId: null, text: 'Good to see the breathing practice most weeks.', createdAt: '2026-03-10T10:00:00.000Z', updatedAt: '2026-03-10T10:00:00.000Z' },
      { id: 'note-2', responseId: 'response-1', text: 'Attending is your strongest; shall we talk about helping?', createdAt: '2026-03-10T10:05:00.000Z', updatedAt: '2026-03-11T09:00:00.000Z' },
    ],
  };
}
