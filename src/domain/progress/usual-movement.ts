/**
 * When a change is "larger than the usual week-to-week movement".
 *
 * For one series within one stretch of comparable versions, values oldest
 * first (n of them, at least MIN_RESULTS_FOR_CHANGE):
 *
 * - k = min(4, ⌊n/2⌋); early = the mean of the first k values, recent =
 *   the mean of the last k (means of up to four, so one odd week moves
 *   neither much);
 * - the usual movement = the median of the absolute differences between
 *   consecutive values (how far the series moves from one result to the
 *   next, ignoring the odd big jump);
 * - a change is stated only when |recent − early| is larger than the usual
 *   movement AND at least CHANGE_FLOOR_POINTS. The floor keeps a very steady
 *   series (usual movement near 0) from announcing changes smaller than one
 *   answer moved one step on the longest section (about 2.3 points on the
 *   self-assessment's eleven helping questions).
 *
 * Decided on unrounded values; rounded only for the words.
 */
import { mean, median } from './aggregate.ts';
import { MIN_RESULTS_FOR_CHANGE } from './minimums.ts';

/** The smallest change, in points, that is ever stated. */
export const CHANGE_FLOOR_POINTS = 3;

export interface Movement {
  early: number;
  recent: number;
  /** Local date of the first value the early mean rests on. */
  since: string;
  usual: number;
  /** Whether recent − early is a change worth stating. */
  stated: boolean;
}

/** The change across values (oldest first); null below MIN_RESULTS_FOR_CHANGE values. */
export function movement(values: ReadonlyArray<{ date: string; value: number }>): Movement | null {
  const n = values.length;
  const first = values[0];
  if (n < MIN_RESULTS_FOR_CHANGE || !first) return null;
  const k = Math.min(4, Math.floor(n / 2));
  const numbers = values.map((v) => v.value);
  const early = mean(numbers.slice(0, k)) ?? 0;
  const recent = mean(numbers.slice(n - k)) ?? 0;
  const steps = numbers.slice(1).map((value, index) => Math.abs(value - (numbers[index] ?? value)));
  const usual = median(steps) ?? 0;
  const size = Math.abs(recent - early);
  return { early, recent, since: first.date, usual, stated: size > usual && size >= CHANGE_FLOOR_POINTS };
}
