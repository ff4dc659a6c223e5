/**
 * A calendar date ('YYYY-MM-DD', no time of day) in UK English, e.g.
 * "15 November 2026". Formatted in UTC so the day never shifts with the
 * device's time zone (unlike formatDate, which takes an instant).
 */
const calendarFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatCalendarDate(date: string): string {
  const instant = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(instant.getTime()) ? date : calendarFormat.format(instant);
}
