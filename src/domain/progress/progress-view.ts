/**
 * The whole dashboard for one range: the one function the Progress screen
 * (and the coach's review of a coachee) calls. Pure: records in, view out.
 *
 * Each instrument's results are scored and segmented once, over all time
 * (scored-results.ts, segments.ts), so a result's segment does not depend
 * on the range; each view then takes what falls in the window. The rules of
 * each part are in its own module.
 */
import { changesEnough, changeStatements } from './change-statements.ts';
import { elementTrend } from './element-trend.ts';
import { periodSummaries } from './period-summary.ts';
import { practiceMinutes } from './practice-minutes.ts';
import { presenceGapView } from './presence-gap.ts';
import type { ChangeStatement, ProgressContext, ProgressRecords, ProgressView, RangeChoice } from './progress-types.ts';
import { ASSESSMENT_ID, PRESENCE_ID, PULSE_ID } from './progress-types.ts';
import { radarView } from './radar.ts';
import { rangeWindow } from './range.ts';
import type { ScoredResult } from './scored-results.ts';
import { scoredResults } from './scored-results.ts';
import { weeksCalendar } from './weeks-calendar.ts';

export interface ProgressOptions {
  /** The full self-assessment to draw as "then" on the radar; default: the earliest complete one in the range. */
  thenResponseId?: string;
}

interface Scored {
  assessments: ScoredResult[];
  pulses: ScoredResult[];
  checks: ScoredResult[];
}

function scoreAll(records: ProgressRecords, context: ProgressContext): Scored {
  const score = (id: string) => scoredResults(records.responses, id, context.timeZone, context.versionNotes[id]);
  return { assessments: score(ASSESSMENT_ID), pulses: score(PULSE_ID), checks: score(PRESENCE_ID) };
}

export function buildProgressView(records: ProgressRecords, context: ProgressContext, choice: RangeChoice, options: ProgressOptions = {}): ProgressView {
  const window = rangeWindow(choice, context.today);
  const { assessments, pulses, checks } = scoreAll(records, context);
  const notes = context.versionNotes;
  return {
    choice,
    window,
    trend: elementTrend({
      window,
      assessments,
      pulses,
      assessmentNotes: notes[ASSESSMENT_ID],
      pulseNotes: notes[PULSE_ID],
      assessmentId: ASSESSMENT_ID,
      pulseId: PULSE_ID,
    }),
    summaries: periodSummaries(pulses, assessments, window),
    changes: changeStatements({ window, assessments, pulses, checks }),
    changesEnough: changesEnough({ window, assessments, pulses, checks }),
    radar: radarView({ window, assessments, checks, assessmentNotes: notes[ASSESSMENT_ID], thenResponseId: options.thenResponseId }),
    gaps: presenceGapView({ window, checks, notes: notes[PRESENCE_ID], questionnaireId: PRESENCE_ID }),
    practice: practiceMinutes(records.practice, window),
    weeks: weeksCalendar(records.weekly, window, context.today),
  };
}

/** The change to invite the leader in from Today: the largest stated change over the last year, or null. */
export function latestChange(records: ProgressRecords, context: ProgressContext): ChangeStatement | null {
  const { assessments, pulses, checks } = scoreAll(records, context);
  return changeStatements({ window: rangeWindow('year', context.today), assessments, pulses, checks })[0] ?? null;
}
