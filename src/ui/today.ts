/** Today's date on this device's calendar ('YYYY-MM-DD'), in its own time zone. */
import { localDate } from '../domain/weekly/weeks.ts';

export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function today(now: Date = new Date()): string {
  return localDate(now, deviceTimeZone());
}

/** A calendar date ('YYYY-MM-DD') in words, e.g. "21 November 2026". */
export function formatLocalDate(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
