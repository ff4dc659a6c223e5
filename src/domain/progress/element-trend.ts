/**
 * The per-element trend: each full self-assessment as points and the weekly
 * pulse as a line, for the four elements and the overall score, on the
 * common 0–100 scale, with the version boundaries inside the range.
 *
 * The pulse is aggregated by the span of the range (aggregate.ts); the
 * self-assessments never are. A trend is drawn when the range holds at
 * least MIN_RESULTS_FOR_TREND results of one kind (weekly pulses, or full
 * self-assessments) within one stretch of comparable versions: a pulse and
 * two self-assessments are three dots of two different measures, and two
 * results either side of a change of questions are not a line. `have` is
 * the most results of one kind in any one stretch in the range.
 * The method line says how the points are made and how many pulses a point
 * usually rests on (the median count per week or month).
 */
import type { VersionChange } from '../questionnaire/version-boundaries.ts';
import type { Dated } from './aggregate.ts';
import { aggregatePoints, aggregationFor, bucketOf, median } from './aggregate.ts';
import { dayMonthYear } from './local-dates.ts';
import { MIN_RESULTS_FOR_TREND } from './minimums.ts';
import type { Aggregation, DateWindow, ElementSeries, SeriesId, TrendView } from './progress-types.ts';
import { inWindow, windowSpanDays } from './range.ts';
import type { ScoredResult } from './scored-results.ts';
import { SERIES_IDS } from './scored-results.ts';
import { versionBoundaries } from './segments.ts';
import { counted, seriesInSentence, seriesLabel } from './series-labels.ts';

export interface TrendInput {
  window: DateWindow;
  /** All of the self-assessment's results, oldest first (scoredResults). */
  assessments: readonly ScoredResult[];
  /** All of the pulse's results, oldest first. */
  pulses: readonly ScoredResult[];
  assessmentNotes: readonly VersionChange[] | undefined;
  pulseNotes: readonly VersionChange[] | undefined;
  assessmentId: string;
  pulseId: string;
}

function dated(results: readonly ScoredResult[], id: SeriesId): Dated[] {
  const values: Dated[] = [];
  for (const r of results) {
    const value = r.values[id];
    if (value !== null) values.push({ date: r.date, value, segment: r.segment });
  }
  return values;
}

function methodLine(aggregation: Aggregation, pulses: readonly ScoredResult[], assessments: number): string {
  const points = assessments > 0 ? 'each self-assessment as a point' : '';
  let line = '';
  if (pulses.length > 0) {
    if (aggregation === 'each') {
      line = 'Each weekly pulse on the line';
    } else {
      const perBucket = new Map<string, number>();
      for (const p of pulses) {
        const key = `${bucketOf(p.date, aggregation)}|${p.segment}`;
        perBucket.set(key, (perBucket.get(key) ?? 0) + 1);
      }
      const usual = Math.round(median([...perBucket.values()]) ?? 0);
      if (aggregation === 'week' && usual <= 1) line = 'Each week’s pulse on the line, the mean where a week has more than one';
      else line = `${aggregation === 'week' ? 'Weekly' : 'Monthly'} means of usually ${counted(usual, 'weekly pulse')}`;
    }
  }
  if (line === '' && points === '') return 'No self-assessments or weekly pulses in this range.';
  if (line === '') return `Each self-assessment as a point.`;
  return points === '' ? `${line}.` : `${line}; ${points}.`;
}

/** The latest value of a series in the range: the latest pulse, else the latest self-assessment. */
function latestValue(series: ElementSeries): number | null {
  return series.pulse.at(-1)?.value ?? series.assessment.at(-1)?.value ?? null;
}

/** The most results of one kind within any one segment: what "enough" counts. */
function mostInOneSegment(...kinds: ReadonlyArray<readonly ScoredResult[]>): number {
  let most = 0;
  for (const results of kinds) {
    const perSegment = new Map<number, number>();
    for (const r of results) perSegment.set(r.segment, (perSegment.get(r.segment) ?? 0) + 1);
    most = Math.max(most, ...perSegment.values());
  }
  return most;
}

function notEnoughLine(what: string, counts: { assessments: number; pulses: number }): string {
  const needs = `${counted(MIN_RESULTS_FOR_TREND, 'weekly pulse')} or ${counted(MIN_RESULTS_FOR_TREND, 'self-assessment')}`;
  if (what === '') return 'No self-assessments or weekly pulses in this range yet.';
  if (Math.max(counts.assessments, counts.pulses) >= MIN_RESULTS_FOR_TREND) {
    return `${what} in this range, across a change of questions: not enough yet for a trend, which needs ${needs} on the same questions.`;
  }
  return `Only ${what} in this range so far, not enough yet for a trend: it needs ${needs}.`;
}

function summaryLine(series: readonly ElementSeries[], counts: { assessments: number; pulses: number }, enough: boolean, first: string | null, last: string | null): string {
  const what = [counts.assessments > 0 ? counted(counts.assessments, 'self-assessment') : '', counts.pulses > 0 ? counted(counts.pulses, 'weekly pulse') : '']
    .filter(Boolean)
    .join(' and ');
  if (!enough || first === null || last === null) return notEnoughLine(what, counts);
  const latest = series
    .filter((s) => s.id !== 'overall')
    .flatMap((s) => {
      const value = latestValue(s);
      return value === null ? [] : [{ id: s.id, value }];
    });
  const base = `Your four elements from ${what}, ${dayMonthYear(first)} to ${dayMonthYear(last)}`;
  if (latest.length < 2) return `${base}.`;
  const high = latest.reduce((a, b) => (b.value > a.value ? b : a));
  const low = latest.reduce((a, b) => (b.value < a.value ? b : a));
  if (high.value === low.value) return `${base}; most recently all at ${high.value}.`;
  return `${base}; most recently ${seriesInSentence(high.id)} is highest at ${high.value} and ${seriesInSentence(low.id)} lowest at ${low.value}.`;
}

export function elementTrend(input: TrendInput): TrendView {
  const { window } = input;
  const inRange = (r: ScoredResult) => inWindow(r.date, window);
  const assessments = input.assessments.filter(inRange);
  const pulses = input.pulses.filter(inRange);
  const dates = [...assessments, ...pulses].map((r) => r.date);
  const aggregation = aggregationFor(windowSpanDays(window, dates));
  const series: ElementSeries[] = SERIES_IDS.map((id) => ({
    id,
    label: seriesLabel(id),
    assessment: aggregatePoints(dated(assessments, id), 'each'),
    pulse: aggregatePoints(dated(pulses, id), aggregation),
  }));
  const counts = { assessments: assessments.length, pulses: pulses.length };
  const have = mostInOneSegment(assessments, pulses);
  const enough = { enough: have >= MIN_RESULTS_FOR_TREND, have, need: MIN_RESULTS_FOR_TREND };
  const sortedDates = [...dates].sort();
  const boundaries = [
    ...versionBoundaries(input.assessmentId, input.assessments, input.assessmentNotes, window),
    ...versionBoundaries(input.pulseId, input.pulses, input.pulseNotes, window),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return {
    series,
    aggregation,
    method: methodLine(aggregation, pulses, assessments.length),
    counts,
    boundaries,
    enough,
    summary: summaryLine(series, counts, enough.enough, sortedDates[0] ?? null, sortedDates.at(-1) ?? null),
  };
}
