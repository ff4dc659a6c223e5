/**
 * How the charts write dates and counts, in UK English. Dates are local
 * calendar dates ('YYYY-MM-DD'); on a time axis each is the UTC midnight of
 * that day in milliseconds, so a decade is one even scale with no break at
 * the calendar year, whatever the device's time zone.
 */
import type { Aggregation } from '../../domain/progress/progress-types.ts';
import { formatCalendarDate } from '../format-calendar-date.ts';

const monthTick = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthLong = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const tenths = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A calendar date as milliseconds (UTC midnight), for a time axis. */
export function dateToTime(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** An axis tick: "Mar 2026". */
export function formatMonthTick(time: number): string {
  return monthTick.format(new Date(time));
}

/** "March 2026". */
export function formatMonth(date: string): string {
  return monthLong.format(new Date(dateToTime(date)));
}

/** A point's date as the reader should hear it: the day, the week ("Week of 3 March 2026") or the month it stands for. */
export function formatPointDate(date: string, aggregation: Aggregation): string {
  if (aggregation === 'month') return formatMonth(date);
  if (aggregation === 'week') return `Week of ${formatCalendarDate(date)}`;
  return formatCalendarDate(date);
}

/** A whole number with thousands separators: "2,000". */
export function formatNumber(value: number): string {
  return whole.format(value);
}

/** Minutes to a tenth, as a practice bar has them: "1.5", "12", "1,234.5". */
export function formatMinutes(minutes: number): string {
  return tenths.format(minutes);
}

/** "1 minute", "1.5 minutes", "0 minutes". */
export function minutesOf(minutes: number): string {
  return `${formatMinutes(minutes)} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** "1 presence check", "52 presence checks". */
export function countOf(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 36, 60, 120];

/**
 * Ticks for a time axis: the first of a month, every 1, 2, 3, 6, 12, 24 …
 * months, at most `most` of them, within the dates drawn. Given to the axis
 * as they are, so recharts never measures its labels (each measurement
 * forces the browser to lay out the whole page).
 */
export function timeTicks(times: readonly number[], most = 4): number[] {
  if (times.length === 0) return [];
  const low = Math.min(...times);
  const high = Math.max(...times);
  const first = new Date(low);
  const startMonth = first.getUTCFullYear() * 12 + first.getUTCMonth() + (first.getUTCDate() > 1 ? 1 : 0);
  const last = new Date(high);
  const endMonth = last.getUTCFullYear() * 12 + last.getUTCMonth();
  for (const step of MONTH_STEPS) {
    const from = Math.ceil(startMonth / step) * step;
    const ticks: number[] = [];
    for (let month = from; month <= endMonth; month += step) ticks.push(Date.UTC(Math.floor(month / 12), month % 12, 1));
    if (ticks.length <= most) return ticks;
  }
  return [Date.UTC(Math.floor(startMonth / 12), startMonth % 12, 1)];
}

/** Ticks for a count from 0 (minutes): 0 and up to four even steps that cover `max`. */
export function countTicks(max: number): number[] {
  const step = [5, 10, 15, 30, 60, 120, 300, 600, 1200, 3000, 6000].find((s) => s * 4 >= max) ?? Math.ceil(max / 4);
  const ticks = [0];
  while (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}
