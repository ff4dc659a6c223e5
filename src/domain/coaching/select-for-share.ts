/**
 * What a share holds, chosen by the leader's scope (decision 0028): a pure
 * filter over a profile's records that works on one page of one kind as
 * readily as on all of them, so a decade can be chosen as it is read.
 *
 * - The date range (from/to, inclusive, null for open) applies to every kind,
 *   each by its leader-local date (share-dates.ts).
 * - Reflections: 'none' shares no results and no weekly reflections;
 *   'scores' shares results with every written answer emptied (null) and
 *   their notes dropped; 'with-answers' shares them whole. Weekly
 *   reflections go with either (the "weeks reflected" chart needs them),
 *   only those completed: one still under way is a draft.
 * - Journal: 'none'; 'tagged' (marked "share with my coach") in range; or
 *   every entry in range.
 * - Intentions (with their follow-ups) and the practice log: all in range, or none.
 * - Drafts and preferences: never.
 *
 * Kinds absent from the input stay absent from the result; a kind present
 * comes back as a new array (records are never changed in place).
 */
import type { AssessmentResponse } from '../questionnaire/response.ts';
import type { BackupRecords } from '../files/file-types.ts';
import type { ShareScope, SharedKind } from './coaching-types.ts';
import { sharedDateOf } from './share-dates.ts';

export interface ShareContext {
  /** The leader's today (YYYY-MM-DD). An open `to` is not capped by it: a record the leader's app shows is shared. */
  today: string;
  /** The leader's IANA time zone: results and intentions are dated by it. */
  timeZone: string;
}

/** Whether a local date lies in the scope's range (ends inclusive, null for open). */
export function inShareRange(date: string, scope: Pick<ShareScope, 'from' | 'to'>): boolean {
  return (scope.from === null || date >= scope.from) && (scope.to === null || date <= scope.to);
}

/** A result with its written answers emptied and its notes dropped: the scores only. */
export function scoresOnly(response: AssessmentResponse): AssessmentResponse {
  return {
    ...response,
    items: response.items.map((item) => (item.kind === 'text' ? { ...item, value: null } : item)),
    notes: {},
  };
}

function inRange<K extends SharedKind>(kind: K, list: readonly BackupRecords[K][number][], scope: ShareScope, timeZone: string): BackupRecords[K][number][] {
  return list.filter((record) => inShareRange(sharedDateOf(kind, record, timeZone), scope));
}

/** The records of `records` that a share with `scope` holds (see the module comment). */
export function selectForShare(records: Partial<BackupRecords>, scope: ShareScope, context: ShareContext): Partial<BackupRecords> {
  const { timeZone } = context;
  const chosen: Partial<BackupRecords> = {};
  if (records.responses) {
    chosen.responses =
      scope.reflections === 'none'
        ? []
        : inRange('responses', records.responses, scope, timeZone).map((response) => (scope.reflections === 'scores' ? scoresOnly(response) : response));
  }
  if (records.weeklyReflections) {
    chosen.weeklyReflections =
      scope.reflections === 'none' ? [] : inRange('weeklyReflections', records.weeklyReflections, scope, timeZone).filter((weekly) => weekly.completedAt !== null);
  }
  if (records.journal) {
    chosen.journal =
      scope.journal === 'none'
        ? []
        : inRange('journal', records.journal, scope, timeZone).filter((entry) => scope.journal === 'in-range' || entry.shareWithCoach === true);
  }
  if (records.intentions) chosen.intentions = scope.intentions ? inRange('intentions', records.intentions, scope, timeZone) : [];
  if (records.practiceLog) chosen.practiceLog = scope.practice ? inRange('practiceLog', records.practiceLog, scope, timeZone) : [];
  if (records.drafts) chosen.drafts = [];
  if (records.preferences) chosen.preferences = [];
  return chosen;
}
