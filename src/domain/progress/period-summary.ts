/**
 * A period's figures for each series (the four elements, then overall): the
 * count, mean, median, quartiles, lowest and highest of the results in the
 * range, so the spread sits beside the mean.
 *
 * - From the weekly pulse when it has at least MIN_RESULTS_FOR_SUMMARY
 *   results of the series in the range, else from the self-assessments
 *   (latest-segment.ts); never pooling two segments that cannot be compared:
 *   only the latest segment in the range counts. When the range also holds
 *   results of that kind from an earlier segment, `from` is the date of the
 *   first result the figures rest on (the first on the new questions), so
 *   the table can say the figures run from there, not over the whole range.
 * - Below the minimum only the count is given; the rest are null.
 * - Quartiles by linear interpolation between the sorted values (position
 *   (n − 1) × p; the method of spreadsheet QUARTILE.INC), so a coach checking
 *   a CSV export in a spreadsheet gets the same figures.
 * - Figures are rounded to whole points for display.
 */
import { mean, median } from './aggregate.ts';
import { MIN_RESULTS_FOR_SUMMARY } from './minimums.ts';
import type { DateWindow, PeriodSummary } from './progress-types.ts';
import { chooseValues } from './latest-segment.ts';
import { inWindow } from './range.ts';
import type { ScoredResult } from './scored-results.ts';
import { SERIES_IDS } from './scored-results.ts';
import { seriesLabel } from './series-labels.ts';

/** The p-quantile (0–1) of sorted values, by linear interpolation at (n − 1) × p. */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? 0;
  const b = sorted[high] ?? 0;
  return a + (b - a) * (position - low);
}

const rounded = (value: number | null): number | null => (value === null ? null : Math.round(value));

export function periodSummaries(pulses: readonly ScoredResult[], assessments: readonly ScoredResult[], window: DateWindow): PeriodSummary[] {
  return SERIES_IDS.map((id) => {
    const { basis, values } = chooseValues(pulses, assessments, id, window, MIN_RESULTS_FOR_SUMMARY);
    const n = values.length;
    const source = basis === 'pulse' ? pulses : assessments;
    const inRange = source.filter((r) => r.values[id] !== null && inWindow(r.date, window)).length;
    const from = n > 0 && inRange > n ? (values[0]?.date ?? null) : null;
    const base = { seriesId: id, label: seriesLabel(id), n, basis: n === 0 ? null : basis, from };
    if (n < MIN_RESULTS_FOR_SUMMARY) {
      return { ...base, mean: null, median: null, lowerQuartile: null, upperQuartile: null, min: null, max: null };
    }
    const sorted = values.map((v) => v.value).sort((a, b) => a - b);
    return {
      ...base,
      mean: rounded(mean(sorted)),
      median: rounded(median(sorted)),
      lowerQuartile: rounded(quantile(sorted, 0.25)),
      upperQuartile: rounded(quantile(sorted, 0.75)),
      min: rounded(sorted[0] ?? null),
      max: rounded(sorted.at(-1) ?? null),
    };
  });
}
