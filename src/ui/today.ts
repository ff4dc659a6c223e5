/** Today's date on this device's calendar ('YYYY-MM-DD'), in its own time zone. */
import { localDate } from '../domain/weekly/weeks.ts';

export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function today(now: Date = new Date()): string {
  return localDate(now, deviceTimeZone());
}
