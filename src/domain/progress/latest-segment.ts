/**
 * The values a period summary or a statement of change may rest on: one
 * series' results in the range, within the latest segment among them, so
 * two stretches of versions that cannot be compared are never pooled.
 * The weekly pulse is used when it has at least `minimum` such results,
 * else the full self-assessment in the same way. The presence gaps are
 * taken the same way (latestSegmentOf).
 */
import type { DateWindow, SeriesId } from './progress-types.ts';
import { inWindow } from './range.ts';
import type { ScoredResult } from './scored-results.ts';

export interface SeriesValues {
  basis: 'pulse' | 'assessment';
  /** Unrounded values, oldest first, with their local dates. */
  values: Array<{ date: string; value: number }>;
}

/** One questionnaire's values in the window, as `valueOf` reads them (null: none), within the latest segment there. */
export function latestSegmentOf(
  results: readonly ScoredResult[],
  valueOf: (result: ScoredResult) => number | null,
  window: DateWindow,
): Array<{ date: string; value: number }> {
  const inRange = results.flatMap((r) => {
    const value = valueOf(r);
    return value !== null && inWindow(r.date, window) ? [{ date: r.date, value, segment: r.segment }] : [];
  });
  const last = inRange.at(-1);
  if (!last) return [];
  return inRange.filter((r) => r.segment === last.segment).map(({ date, value }) => ({ date, value }));
}

/** One questionnaire's values of a series in the window, within the latest segment there. */
export function latestSegmentValues(results: readonly ScoredResult[], id: SeriesId, window: DateWindow): Array<{ date: string; value: number }> {
  return latestSegmentOf(results, (r) => r.values[id], window);
}

/**
 * The pulse's values when there are at least `minimum`; else the
 * self-assessment's when there are at least `minimum`; else whichever has
 * more (the pulse on a tie), which is then below the minimum.
 */
export function chooseValues(pulses: readonly ScoredResult[], assessments: readonly ScoredResult[], id: SeriesId, window: DateWindow, minimum: number): SeriesValues {
  const pulse = latestSegmentValues(pulses, id, window);
  if (pulse.length >= minimum) return { basis: 'pulse', values: pulse };
  const assessment = latestSegmentValues(assessments, id, window);
  if (assessment.length >= minimum || assessment.length > pulse.length) return { basis: 'assessment', values: assessment };
  return { basis: 'pulse', values: pulse };
}
