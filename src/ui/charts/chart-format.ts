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

/** "1 presence check", "52 presence checks". */
export function countOf(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
