/**
 * The ranges the Progress screen offers, as windows of local dates.
 *
 * - 'three-months': today minus three calendar months, plus one day, to
 *   today (on 15 June: 16 March – 15 June);
 * - 'year': the same with twelve months (on 15 June 2026: 16 June 2025 – 15 June 2026);
 * - 'all': from the first record (from = null) to today;
 * - 'last-year' ("this time last year"): the three months ending on the
 *   same date a year ago; 29 February's year ago is 28 February.
 *
 * A result belongs to a window by its local date (its completedAt in the
 * leader's time zone), so a result at 23:30 UTC on 31 March is on 1 April
 * in London in summer time. Months are clamped as `addMonths` says.
 */
import { addDays, daysFrom } from '../weekly/weeks.ts';
import { addMonths } from './local-dates.ts';
import type { DateWindow, RangeChoice } from './progress-types.ts';

export const RANGE_CHOICES: readonly RangeChoice[] = ['three-months', 'year', 'all', 'last-year'];

export const RANGE_LABELS: Record<RangeChoice, string> = {
  'three-months': 'Last 3 months',
  year: 'Last year',
  all: 'All time',
  'last-year': 'This time last year',
};

function monthsEndingOn(to: string, months: number): DateWindow {
  return { from: addDays(addMonths(to, -months), 1), to };
}

/** The window of a range choice on `today` (see the header). */
export function rangeWindow(choice: RangeChoice, today: string): DateWindow {
  switch (choice) {
    case 'three-months':
      return monthsEndingOn(today, 3);
    case 'year':
      return monthsEndingOn(today, 12);
    case 'all':
      return { from: null, to: today };
    case 'last-year':
      return monthsEndingOn(addMonths(today, -12), 3);
  }
}

/** Whether a local date falls inside a window (both ends inclusive). */
export function inWindow(date: string, window: DateWindow): boolean {
  return (window.from === null || date >= window.from) && date <= window.to;
}

/**
 * The first day a window really starts on: its `from`, or for all time the
 * earliest of `dates` (today when there are none).
 */
export function windowStart(window: DateWindow, dates: readonly string[]): string {
  if (window.from !== null) return window.from;
  let first = window.to;
  for (const date of dates) if (date < first) first = date;
  return first;
}

/** Days in a window, both ends counted, from its real start (see windowStart). */
export function windowSpanDays(window: DateWindow, dates: readonly string[]): number {
  return daysFrom(windowStart(window, dates), window.to) + 1;
}
