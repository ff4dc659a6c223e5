/**
 * A weekly reminder as an iCalendar file (RFC 5545) the user adds to their
 * own calendar app, so Attune needs no notifications or server.
 *
 * Rules:
 * - one VEVENT repeating weekly (RRULE:FREQ=WEEKLY;BYDAY=…) from `startDate`,
 *   which must fall on the chosen weekday (RFC 5545 leaves a DTSTART that is
 *   not an occurrence of its RRULE undefined; `firstOccurrence` finds it);
 * - DTSTART is floating local time (no Z, no TZID), so the reminder stays at
 *   that wall-clock time in whatever zone the user's calendar is in, across
 *   clock changes; DTSTAMP is UTC; the event lasts PT10M and alarms at its start;
 * - the default title and description carry no URL and no personal data;
 * - TEXT values are escaped (\\ ; , and newlines; other control characters
 *   are dropped); lines end CRLF and are folded so no line exceeds 75 octets
 *   of UTF-8, never splitting a character.
 */
import { addDays, isLocalDate, isoWeekday, weekOf } from './weeks.ts';

export interface WeeklyReminderOptions {
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Local wall-clock time, 'HH:MM' (24-hour). */
  time: string;
  /** 'YYYY-MM-DD', the first occurrence: on `weekday` (see firstOccurrence). */
  startDate: string;
  /** Stable identifier, so re-importing the file updates the same event. */
  uid: string;
  /** The event's revision (RFC 5545 SEQUENCE): 0 at first, one more for each new file with the same uid. */
  sequence?: number;
  /** When the file is made (DTSTAMP). */
  now: Date;
  title?: string;
  description?: string;
}

export const DEFAULT_REMINDER_TITLE = 'Weekly leadership reflection';
export const DEFAULT_REMINDER_DESCRIPTION = 'Open Attune and take ten minutes to reflect on your week.';

/** RRULE BYDAY codes, indexed by weekday − 1 (1 = Monday). */
export const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MAX_OCTETS = 75;

function requireWeekday(weekday: number): void {
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
    throw new RangeError(`A weekday is 1 (Monday) to 7 (Sunday); got ${weekday}.`);
  }
}

/** The first date on or after `today` that falls on `weekday` (today itself when it does). */
export function firstOccurrence(today: string, weekday: number): string {
  requireWeekday(weekday);
  const thisWeeks = addDays(weekOf(today), weekday - 1);
  return thisWeeks < today ? addDays(thisWeeks, 7) : thisWeeks;
}

/** Escapes a TEXT value: backslash, semicolon, comma and newlines; other control characters (tab aside) are dropped. */
export function escapeText(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
  return [...escaped].filter((char) => !isControl(char.codePointAt(0) ?? 0)).join('');
}

/** C0 controls other than tab, and DEL: not allowed in a TEXT value. */
function isControl(codePoint: number): boolean {
  return (codePoint < 0x20 && codePoint !== 0x09) || codePoint === 0x7f;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line so that no physical line is longer than 75 octets
 * of UTF-8: continuation lines start with one space (which counts towards
 * their 75), and a character is never split. Lines are joined with CRLF.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

function compactDate(date: string): string {
  return date.replace(/-/g, '');
}

function utcStamp(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('Expected a valid time for DTSTAMP.');
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * The .ics text for a weekly reminder (see the header).
 * @throws RangeError on a weekday outside 1–7, a time not 'HH:MM', a start
 * date that is not a calendar date on that weekday, or an empty uid.
 */
export function weeklyReminderIcs(options: WeeklyReminderOptions): string {
  const { weekday, time, startDate, uid, now } = options;
  requireWeekday(weekday);
  const timeMatch = TIME_PATTERN.exec(time);
  if (!timeMatch) throw new RangeError(`A time is HH:MM, 00:00 to 23:59; got "${time}".`);
  if (!isLocalDate(startDate)) throw new RangeError(`A start date is YYYY-MM-DD; got "${startDate}".`);
  if (isoWeekday(startDate) !== weekday) throw new RangeError(`${startDate} does not fall on weekday ${weekday}.`);
  if (uid.trim() === '') throw new RangeError('A reminder needs a uid.');
  const sequence = options.sequence ?? 0;
  if (!Number.isInteger(sequence) || sequence < 0) throw new RangeError(`A sequence is a whole number ≥ 0; got ${sequence}.`);

  const title = escapeText(options.title ?? DEFAULT_REMINDER_TITLE);
  const description = escapeText(options.description ?? DEFAULT_REMINDER_DESCRIPTION);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Attune//Weekly reflection//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `SEQUENCE:${sequence}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART:${compactDate(startDate)}T${timeMatch[1]}${timeMatch[2]}00`,
    'DURATION:PT10M',
    `RRULE:FREQ=WEEKLY;BYDAY=${BYDAY[weekday - 1]}`,
    `SUMMARY:${title}`,
    `DESCRIPTION:${description}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${title}`,
    'TRIGGER:-PT0M',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
