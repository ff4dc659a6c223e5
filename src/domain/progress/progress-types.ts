/**
 * The shapes of the Progress dashboard: what the pure functions in this
 * folder make from one profile's records, and what the chart components in
 * src/ui/charts draw. Nothing here reads storage: the dashboard is handed
 * any profile's records, read-only (the leader's own now, a coachee's later).
 *
 * Dates are the leader's local calendar dates ('YYYY-MM-DD', see
 * weekly/weeks.ts); an instant (a result's completedAt) becomes one with
 * `localDate(instant, timeZone)`. Scores are on the common 0–100 scale.
 */
import type { ElementId } from '../elements/element-ids.ts';
import type { PracticeLogEntry } from '../practice/practice-log.ts';
import type { AssessmentResponse } from '../questionnaire/response.ts';
import type { VersionChange } from '../questionnaire/version-boundaries.ts';
import type { ReflectionRecord } from '../weekly/weeks.ts';

/** The full self-assessment, the weekly pulse and the presence check: the three instruments Progress draws. */
export const ASSESSMENT_ID = 'compassionate-leadership';
export const PULSE_ID = 'weekly-pulse';
export const PRESENCE_ID = 'leadership-presence';

/** The three, in that order: the questionnaires whose responses and version notes Progress reads. */
export const CHARTED_QUESTIONNAIRES: readonly string[] = [ASSESSMENT_ID, PULSE_ID, PRESENCE_ID];

/** One profile's records, in any order. Other questionnaires' responses are ignored. */
export interface ProgressRecords {
  responses: readonly AssessmentResponse[];
  practice: readonly PracticeLogEntry[];
  weekly: readonly ReflectionRecord[];
}

export interface ProgressContext {
  /** Today's local date. */
  today: string;
  /** The leader's IANA time zone, for turning instants into local dates. */
  timeZone: string;
  /**
   * What changed between versions, by questionnaire id (loadVersionNotes).
   * A questionnaire missing here (its notes failed to load) is treated as
   * if every version change were not comparable: no change is stated across it.
   */
  versionNotes: Readonly<Record<string, readonly VersionChange[]>>;
}

/** The ranges a leader can choose; 'last-year' is "this time last year": the three months ending a year ago today. */
export type RangeChoice = 'three-months' | 'year' | 'all' | 'last-year';

export interface DateWindow {
  /** First day shown, inclusive; null for all time (from the first record). */
  from: string | null;
  /** Last day shown, inclusive. */
  to: string;
}

/** Whether there is enough to draw a trend or state a change: `have` results against the `need`ed minimum. */
export interface Enough {
  enough: boolean;
  have: number;
  need: number;
}

/** The four elements, then the overall score (the mean of the four). */
export type SeriesId = ElementId | 'overall';

/** How a series' points are made: each result, or the mean of each week's or month's results. */
export type Aggregation = 'each' | 'week' | 'month';

export interface SeriesPoint {
  /** The result's local date, or the first day of the week (Monday) or month it aggregates. */
  date: string;
  /** 0–100, rounded to a whole number for display (the mean of `n` results when aggregated). */
  value: number;
  /** How many results the point rests on. */
  n: number;
  /**
   * The stretch of comparable versions the point belongs to, numbered from 0
   * in date order. A new segment starts at every version change declared not
   * comparable (or with no note): points in different segments are never
   * joined by a line, aggregated together or compared.
   */
  segment: number;
}

export interface ElementSeries {
  id: SeriesId;
  label: string;
  /** Each full self-assessment's score, as points (never aggregated: there are few). */
  assessment: SeriesPoint[];
  /** The weekly pulse, aggregated by the trend's `aggregation`, drawn as a line. */
  pulse: SeriesPoint[];
}

/** A place on a chart where a questionnaire's version changed. */
export interface ChartBoundary {
  /** Local date of the first result on the new version. */
  date: string;
  questionnaireId: string;
  fromVersion: number;
  toVersion: number;
  /** What changed, from the version's note; null when there is no note or it failed to load. */
  summary: string | null;
  scoresComparable: boolean;
}

export interface TrendView {
  /** attending, understanding, empathising, helping, then overall. */
  series: ElementSeries[];
  aggregation: Aggregation;
  /** One line on how the figures are made, e.g. "Monthly means of 4 weekly pulses; each self-assessment as a point." */
  method: string;
  counts: { assessments: number; pulses: number };
  boundaries: ChartBoundary[];
  /**
   * Enough results of one kind (weekly pulses, or self-assessments), within
   * one stretch of comparable versions in the range, to draw a trend: `have`
   * is the most of one kind in any one stretch (never pulses and
   * self-assessments added together).
   */
  enough: Enough;
  /** One sentence saying what the chart shows. */
  summary: string;
}

/** A period's figures for one series: mean, median and spread, from the results in the range. */
export interface PeriodSummary {
  seriesId: SeriesId;
  label: string;
  n: number;
  /** Which results the figures rest on (the pulse when it has enough, else the self-assessments); null when there are none. Optional only so hand-made views need not give it. */
  basis?: 'pulse' | 'assessment' | null;
  /**
   * When the range also holds results of that kind on earlier questions that
   * cannot be compared, the local date of the first result the figures rest
   * on (the first on the new questions): the figures run from there, not over
   * the whole range. Null (or absent, in hand-made views) when they cover the range.
   */
  from?: string | null;
  mean: number | null;
  median: number | null;
  /** The middle half of the results lies between these (quartiles); null below the minimum. */
  lowerQuartile: number | null;
  upperQuartile: number | null;
  min: number | null;
  max: number | null;
}

export interface ChangeStatement {
  /** An element or the overall score; or the presence gap of an element. */
  subject: { kind: 'score'; seriesId: SeriesId } | { kind: 'gap'; elementId: ElementId };
  direction: 'rose' | 'fell' | 'narrowed' | 'widened';
  /** Points, always positive. */
  points: number;
  from: number;
  to: number;
  /** Local date of the earliest result the change is measured from. */
  since: string;
  /** The usual movement it was judged against, in points. */
  usualMovement: number;
  /** Which results it rests on. */
  basis: 'pulse' | 'assessment' | 'presence';
  /** The statement in plain words, e.g. "Understanding rose 11 points since March 2026." */
  text: string;
}

export interface RadarShape {
  label: string;
  /** Local date of the result; null for the aspiration when it has no single date. */
  date: string | null;
  responseId: string;
  version: number;
  values: Record<ElementId, number | null>;
}

export interface RadarView {
  /** Every complete full self-assessment completed before "now" (all time), newest first, to pick "then" from; empty when there is no "now". */
  options: Array<{ responseId: string; date: string; version: number }>;
  now: RadarShape | null;
  then: RadarShape | null;
  /** The aims of the latest presence check, as a third shape; null when there is none. */
  aspiration: RadarShape | null;
  /** A note when "then" and "now" are on versions whose questions changed; otherwise null. */
  note: string | null;
  summary: string;
  enough: Enough;
}

export interface GapValue {
  aim: number;
  actual: number;
  /** aim − actual, in points. */
  gap: number;
}

export interface GapPoint {
  date: string;
  responseId: string;
  segment: number;
  byElement: Record<ElementId, GapValue | null>;
}

export interface GapView {
  points: GapPoint[];
  /** The element with the widest gap in the latest presence check in the range. */
  widest: { elementId: ElementId; gap: number; date: string } | null;
  boundaries: ChartBoundary[];
  counts: { checks: number };
  method: string;
  summary: string;
  enough: Enough;
}

export interface PracticeBucket {
  /** The Monday of the week, or the first of the month. */
  date: string;
  minutes: number;
  sessions: number;
}

export interface PracticeView {
  aggregation: 'week' | 'month';
  buckets: PracticeBucket[];
  /** Sessions and minutes by the element each practice was said to help (null: none named), most minutes first. */
  byElement: Array<{ elementId: ElementId | null; sessions: number; minutes: number }>;
  totalMinutes: number;
  sessions: number;
  method: string;
  summary: string;
  enough: Enough;
}

/** A week in the calendar: reflected on time, reflected late, still open (this week, or last week while it can be reflected on late), or not reflected (shown plainly, never as a failure). */
export type WeekStatus = 'reflected' | 'late' | 'open' | 'not-reflected';

export interface CalendarWeek {
  weekOf: string;
  status: WeekStatus;
}

export interface WeeksView {
  weeks: CalendarWeek[];
  reflected: number;
  late: number;
  total: number;
  summary: string;
}

/** Everything the dashboard shows for one range. */
export interface ProgressView {
  choice: RangeChoice;
  window: DateWindow;
  trend: TrendView;
  summaries: PeriodSummary[];
  /** Only changes larger than the usual movement, within comparable versions. */
  changes: ChangeStatement[];
  /**
   * Whether a change could be stated at all: `have` is the most results any
   * one series (a score's pulses or self-assessments, or an element's
   * presence gaps) has in its latest stretch of comparable versions in the
   * range, `need` is MIN_RESULTS_FOR_CHANGE.
   */
  changesEnough: Enough;
  radar: RadarView;
  gaps: GapView;
  practice: PracticeView;
  weeks: WeeksView;
}
