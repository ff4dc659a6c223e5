/**
 * When a change is "larger than the usual week-to-week movement".
 *
 * For one series within one stretch of comparable versions, values oldest
 * first (n of them, at least MIN_RESULTS_FOR_CHANGE):
 *
 * - k = min(8, ⌊n/2⌋); early = the mean of the first k values, recent =
 *   the mean of the last k (means of up to eight, so one odd week moves
 *   neither much);
 * - the usual movement u = the MEAN of the absolute differences between
 *   consecutive values: the average week-to-week movement. It is our
 *   estimate of the noise: for independent noise of standard deviation σ,
 *   u ≈ 1.13σ. Not the median: real scores move in steps (a pulse element
 *   is the mean of 3 answers on a 5-point scale, so steps of 8.33 points; a
 *   self-assessment section of 7–11 items, 2.3–3.6; a presence gap over 4
 *   pairs, 6.25), so most weeks often do not move at all, the median step
 *   is then 0: with it, pulses of σ 6 noise gave a change 22.6% of the time
 *   at 4 results and 4.3% at 13. The mean still counts the weeks that did
 *   move;
 * - the difference of two means of k noisy values has a standard deviation
 *   of σ·√(2/k), so a change is stated only when
 *   |recent − early| > max(u, NOISE_FACTOR · u · √(2/k)) and is at least
 *   CHANGE_FLOOR_POINTS. The floor keeps a very steady series (u near 0)
 *   from announcing changes smaller than one answer moved one step on the
 *   longest section (about 2.3 points on the self-assessment's eleven
 *   helping questions). With NOISE_FACTOR above 2, the bar is always above
 *   u; u stays in the rule so that it holds if the factor is ever lowered.
 *
 * Why NOISE_FACTOR = 3.5 (seeded simulation of pure noise that goes
 * nowhere, σ 4–10 points, n 4–52, both unrounded and rounded to the real
 * steps: 8.33 for the pulse, 100/28 for a 7-item section, 6.25 for a gap of
 * 4 pairs): it is the smallest factor, in steps of 0.25, that keeps false
 * statements at or under 2% in every one of those cases once there are 13
 * results (a quarter's weekly pulses). The hardest case is the pulse with
 * σ 4, where the noise is half a step: 1.9% at worst (n 15; 100,000 series
 * a case), against 2.6% at 3.25. Unrounded noise gives 0.5% or less at
 * σ 6. Below 13 results no factor short of about 5 keeps 2%. The price is
 * power: over a year of weekly pulses with σ 6, a steady rise of 10 points
 * is seen about 1 time in 5, 15 points 6 in 10, 20 points 9 in 10 (a rise
 * over a quarter, 13 pulses, rarely: 1 in 3 at 20 points).
 *
 * Decided on unrounded values; rounded only for the words.
 */
import { mean } from './aggregate.ts';
import { MIN_RESULTS_FOR_CHANGE } from './minimums.ts';

/** The smallest change, in points, that is ever stated. */
export const CHANGE_FLOOR_POINTS = 3;

/** Most results in each of the early and recent means. */
export const MAX_RESULTS_PER_MEAN = 8;

/** How many standard deviations of noise (estimated from u) a change must exceed; see the header. */
export const NOISE_FACTOR = 3.5;

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
  const usual = mean(steps) ?? 0;
  const bar = Math.max(usual, NOISE_FACTOR * usual * Math.sqrt(2 / k));
  const size = Math.abs(recent - early);
  return { early, recent, since: first.date, usual, k, bar, stated: size > bar && size >= CHANGE_FLOOR_POINTS };
}
