/**
 * When a change is "larger than the usual week-to-week movement".
 *
 * For one series within one stretch of comparable versions, values oldest
 * first (n of them, at least MIN_RESULTS_FOR_CHANGE):
 *
 * - k = min(8, ⌊n/2⌋); early = the mean of the first k values, recent =
 *   the mean of the last k (means of up to eight, so one odd week moves
 *   neither much);
 * - the usual movement u = the median of the absolute differences between
 *   consecutive values (how far the series moves from one result to the
 *   next, ignoring the odd big jump). It is our estimate of the noise: for
 *   independent noise of standard deviation σ, u ≈ 0.95σ;
 * - the difference of two means of k noisy values has a standard deviation
 *   of σ·√(2/k), so a change is stated only when
 *   |recent − early| > max(u, NOISE_FACTOR · u · √(2/k)) and is at least
 *   CHANGE_FLOOR_POINTS. The floor keeps a very steady series (u near 0)
 *   from announcing changes smaller than one answer moved one step on the
 *   longest section (about 2.3 points on the self-assessment's eleven
 *   helping questions). With NOISE_FACTOR above 2, the bar is always above
 *   u; u stays in the rule so that it holds if the factor is ever lowered.
 *
 * Why NOISE_FACTOR = 3.25 (seeded simulation of pure Gaussian noise,
 * σ 4–10 points, n 4–52; 20,000 series a cell): it is the smallest factor,
 * in steps of 0.25, that keeps a false statement at or under 2% for every σ
 * once there are 13 results (a quarter's weekly pulses; 1.1% or less from 26),
 * so it keeps the most power to see a real rise. Below 13 results no
 * factor short of 5.5 keeps 2%, and 5.5 would see a steady 10-point rise
 * over a year of weekly pulses (σ 6) 4 times in 100; at 3.25 it sees it 42
 * times in 100, a 15-point rise 85, a 20-point rise 99. The rule before
 * (k up to 4, the bar u) stated a change in about 1 in 5 series of pure
 * noise.
 *
 * Decided on unrounded values; rounded only for the words.
 */
import { mean, median } from './aggregate.ts';
import { MIN_RESULTS_FOR_CHANGE } from './minimums.ts';

/** The smallest change, in points, that is ever stated. */
export const CHANGE_FLOOR_POINTS = 3;

/** Most results in each of the early and recent means. */
export const MAX_RESULTS_PER_MEAN = 8;

/** How many standard deviations of noise (estimated from u) a change must exceed; see the header. */
export const NOISE_FACTOR = 3.25;

export interface Movement {
  early: number;
  recent: number;
  /** Local date of the first value the early mean rests on. */
  since: string;
  usual: number;
  /** Results in each of the early and recent means. */
  k: number;
  /** The size |recent − early| must exceed to be stated (before the floor). */
  bar: number;
  /** Whether recent − early is a change worth stating. */
  stated: boolean;
}

/** The change across values (oldest first); null below MIN_RESULTS_FOR_CHANGE values. */
export function movement(values: ReadonlyArray<{ date: string; value: number }>): Movement | null {
  const n = values.length;
  const first = values[0];
  if (n < MIN_RESULTS_FOR_CHANGE || !first) return null;
  const k = Math.min(MAX_RESULTS_PER_MEAN, Math.floor(n / 2));
  const numbers = values.map((v) => v.value);
  const early = mean(numbers.slice(0, k)) ?? 0;
  const recent = mean(numbers.slice(n - k)) ?? 0;
  const steps = numbers.slice(1).map((value, index) => Math.abs(value - (numbers[index] ?? value)));
  const usual = median(steps) ?? 0;
  const bar = Math.max(usual, NOISE_FACTOR * usual * Math.sqrt(2 / k));
  const size = Math.abs(recent - early);
  return { early, recent, since: first.date, usual, k, bar, stated: size > bar && size >= CHANGE_FLOOR_POINTS };
}
