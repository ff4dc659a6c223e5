/**
 * Calendar helpers the dashboard needs beyond weekly/weeks.ts: months,
 * instants to local dates in bulk, and dates in words (en-GB).
 *
 * - `addMonths` moves by calendar months and clamps the day to the end of
 *   the month (31 May − 3 months = 28 or 29 February; 29 February − 12
 *   months = 28 February).
 * - `toLocalDate` is `localDate` (weeks.ts) with one formatter kept per time
 *   zone: a decade of results is a thousand instants, and making a new
 *   Intl.DateTimeFormat for each costs more than the rest of the dashboard.
 */
import { isLocalDate } from '../weekly/weeks.ts';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

function parts(date: string): { year: number; month: number; day: number } {
  if (!isLocalDate(date)) throw new RangeError(`Expected a date as YYYY-MM-DD; got "${date}".`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date n calendar months after (negative: before) a date, the day clamped to the month's last. */
export function addMonths(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Expected a whole number of months; got ${n}.`);
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + n;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return `${pad(newYear, 4)}-${pad(newMonth)}-${pad(Math.min(day, daysInMonth(newYear, newMonth)))}`;
}

/** The first day of the month a date falls in. */
export function monthOf(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The first day of the next month. */
export function nextMonth(monthStart: string): string {
  return addMonths(monthOf(monthStart), 1);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a time zone; the same as weeks.ts `localDate`, with the formatter kept. */
export function toLocalDate(instant: string, timeZone: string): string {
  const when = new Date(instant);
  if (Number.isNaN(when.getTime())) throw new RangeError(`Expected an instant; got "${instant}".`);
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  const found = formatter.formatToParts(when);
  const part = (type: Intl.DateTimeFormatPartTypes) => found.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** "March 2026". */
export function monthYear(date: string): string {
  const { year, month } = parts(date);
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/** "12 March 2026". */
export function dayMonthYear(date: string): string {
  const { year, month, day } = parts(date);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}
