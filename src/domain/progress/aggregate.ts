/**
 * How long ranges stay readable: the pulse line is aggregated by the span of
 * the window (from the first result, for all time).
 *
 * - up to 200 days: each result is a point ('each'; about 29 weekly pulses);
 * - up to 800 days: the mean of each Monday–Sunday week ('week'; about 115);
 * - longer: the mean of each calendar month ('month'; a decade is about 120).
 *
 * So a chart never has more than about 130 points a series, whatever the
 * range. A bucket never mixes segments: a week or month that holds results
 * either side of a boundary that is not comparable becomes two points, one
 * per segment, on the same date. Self-assessments are never aggregated.
 * A week's or month's point is dated by its Monday or first day, which may
 * fall a few days before the range begins (its results are all inside it).
 */
import { weekOf } from '../weekly/weeks.ts';
import { monthOf } from './local-dates.ts';
import type { Aggregation, SeriesPoint } from './progress-types.ts';

/** The longest span, in days, drawn point by point. */
export const EACH_MAX_DAYS = 200;
/** The longest span, in days, drawn as weekly means; longer spans are monthly. */
export const WEEK_MAX_DAYS = 800;

export function aggregationFor(spanDays: number): Aggregation {
  if (spanDays <= EACH_MAX_DAYS) return 'each';
  if (spanDays <= WEEK_MAX_DAYS) return 'week';
  return 'month';
}

/** The date of the bucket a local date falls in: itself, its week's Monday or its month's first day. */
export function bucketOf(date: string, aggregation: Aggregation): string {
  if (aggregation === 'week') return weekOf(date);
  if (aggregation === 'month') return monthOf(date);
  return date;
}

/** A value to plot: its local date, unrounded value and segment. */
export interface Dated {
  date: string;
  value: number;
  segment: number;
}

/**
 * Points from values in date order: each value its own point for 'each',
 * otherwise the mean of each bucket and segment, dated by the bucket.
 * Values are rounded only here, for display.
 */
export function aggregatePoints(values: readonly Dated[], aggregation: Aggregation): SeriesPoint[] {
  if (aggregation === 'each') return values.map((v) => ({ date: v.date, value: Math.round(v.value), n: 1, segment: v.segment }));
  const buckets = new Map<string, { date: string; segment: number; sum: number; n: number }>();
  for (const v of values) {
    const date = bucketOf(v.date, aggregation);
    const key = `${date}|${v.segment}`;
    const bucket = buckets.get(key);
    if (bucket) {
      bucket.sum += v.value;
      bucket.n += 1;
    } else {
      buckets.set(key, { date, segment: v.segment, sum: v.value, n: 1 });
    }
  }
  return [...buckets.values()]
    .sort((a, b) => a.date.localeCompare(b.date) || a.segment - b.segment)
    .map((b) => ({ date: b.date, value: Math.round(b.sum / b.n), n: b.n, segment: b.segment }));
}

/** The median of some numbers (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
