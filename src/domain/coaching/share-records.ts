/** A share's records as the Progress dashboard takes them (the same charts the leader sees, handed the coachee's records). */
import type { ProgressRecords } from '../progress/progress-types.ts';
import type { ShareRecords } from './coaching-types.ts';

export function toProgressRecords(records: ShareRecords): ProgressRecords {
  return { responses: records.responses, practice: records.practiceLog, weekly: records.weeklyReflections };
}
