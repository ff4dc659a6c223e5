import { describe, expect, it } from 'vitest';
import { BYDAY, escapeText, firstOccurrence, foldLine, weeklyReminderIcs, type WeeklyReminderOptions } from './ics.ts';

const base: WeeklyReminderOptions = {
  weekday: 5,
  time: '08:30',
  startDate: '2026-03-06', // a Friday
  uid: 'weekly-reminder-1234@attune',
  now: new Date('2026-03-02T09:05:07.123Z'),
};

/** The physical lines of a file, which must end with CRLF. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  return ics.slice(0, -2).split('\r\n');
}

/** Undoes RFC 5545 folding. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('weeklyReminderIcs', () => {
  it('writes the whole calendar, line by line', () => {
    expect(physicalLines(weeklyReminderIcs(base))).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Attune//Weekly reflection//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:weekly-reminder-1234@attune',
      'SEQUENCE:0',
      'DTSTAMP:20260302T090507Z',
      'DTSTART:20260306T083000',
      'DURATION:PT10M',
      'RRULE:FREQ=WEEKLY;BYDAY=FR',
      'SUMMARY:Weekly leadership reflection',
      'DESCRIPTION:Open Attune and take ten minutes to reflect on your week.',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Weekly leadership reflection',
      'TRIGGER:-PT0M',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('ends every line with CRLF and has no bare LF or CR', () => {
    const ics = weeklyReminderIcs({ ...base, description: 'One\nTwo\r\nThree\rFour' });
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.split('\r\n')).toHaveLength(22); // 21 lines and the empty string after the last CRLF
  });

  it('numbers a new version of the same reminder, so calendars update it', () => {
    expect(weeklyReminderIcs({ ...base, sequence: 3 })).toContain('\r\nUID:weekly-reminder-1234@attune\r\nSEQUENCE:3\r\n');
    expect(() => weeklyReminderIcs({ ...base, sequence: -1 })).toThrow(RangeError);
  });

  it('uses a floating start time (no Z, no TZID) and a UTC stamp', () => {
    const ics = weeklyReminderIcs({ ...base, time: '19:05', now: new Date('2026-10-25T23:59:59Z') });
    expect(ics).toContain('\r\nDTSTART:20260306T190500\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261025T235959Z\r\n');
    expect(ics).not.toContain('TZID');
  });

  it('maps weekdays 1–7 to BYDAY MO–SU', () => {
    const expected = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    expect([...BYDAY]).toEqual(expected);
    for (let weekday = 1; weekday <= 7; weekday++) {
      const startDate = firstOccurrence('2026-03-02', weekday); // Monday 2 March … Sunday 8 March
      expect(startDate).toBe(`2026-03-0${weekday + 1}`);
      expect(weeklyReminderIcs({ ...base, weekday, startDate })).toContain(`\r\nRRULE:FREQ=WEEKLY;BYDAY=${expected[weekday - 1]}\r\n`);
    }
  });

  it('escapes the title and description (backslash, semicolon, comma, newline)', () => {
    const ics = weeklyReminderIcs({ ...base, title: 'Reflect; then plan, calmly', description: 'C:\\notes, kept\nNext line' });
    expect(ics).toContain('\r\nSUMMARY:Reflect\\; then plan\\, calmly\r\n');
    expect(ics).toContain('\r\nDESCRIPTION:C:\\\\notes\\, kept\\nNext line\r\n');
    expect(ics).toContain('\r\nDESCRIPTION:Reflect\\; then plan\\, calmly\r\nTRIGGER');
  });

  it('folds a long description with multibyte characters at 75 octets without splitting a character', () => {
    const description = 'Café — ‘what went well?’ 😀 and what would you change next week? Take ten minutes; no more.';
    const ics = weeklyReminderIcs({ ...base, description });
    const lines = physicalLines(ics);
    const start = lines.findIndex((line) => line.startsWith('DESCRIPTION:Café'));
    const folded = lines.slice(start, lines.indexOf('BEGIN:VALARM'));
    expect(folded.length).toBeGreaterThan(1);
    for (const line of folded) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line); // no half characters
    }
    expect(folded.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(unfold(ics)).toContain(`\r\nDESCRIPTION:${escapeText(description)}\r\n`);
  });

  it('rejects a bad weekday, time, start date or uid', () => {
    for (const weekday of [0, 8, 1.5]) expect(() => weeklyReminderIcs({ ...base, weekday })).toThrow(RangeError);
    for (const time of ['8:30', '24:00', '12:60', '08:30:00', '']) expect(() => weeklyReminderIcs({ ...base, time })).toThrow(RangeError);
    expect(() => weeklyReminderIcs({ ...base, startDate: '2026-03-05' })).toThrow(RangeError); // a Thursday
    expect(() => weeklyReminderIcs({ ...base, startDate: '2026-02-30' })).toThrow(RangeError);
    expect(() => weeklyReminderIcs({ ...base, uid: ' ' })).toThrow(RangeError);
    expect(() => weeklyReminderIcs({ ...base, now: new Date('nonsense') })).toThrow(RangeError);
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
  });

  it('counts two-octet characters (12 + 31 × 2 = 74 octets; a 32nd would make 76)', () => {
    expect(foldLine(`DESCRIPTION:${'é'.repeat(40)}`)).toBe(`DESCRIPTION:${'é'.repeat(31)}\r\n ${'é'.repeat(9)}`);
  });

  it('counts four-octet characters, keeping each emoji whole (13 + 15 × 4 = 73 octets)', () => {
    expect(foldLine(`DESCRIPTION:a${'😀'.repeat(20)}`)).toBe(`DESCRIPTION:a${'😀'.repeat(15)}\r\n ${'😀'.repeat(5)}`);
  });

  it('counts the leading space of a continuation line (1 + 74 octets)', () => {
    expect(foldLine('b'.repeat(75 + 74 + 1))).toBe(`${'b'.repeat(75)}\r\n ${'b'.repeat(74)}\r\n b`);
  });
});

describe('escapeText', () => {
  it('escapes backslash first, then semicolon, comma and each kind of newline, and drops other controls', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('tab\there\u0007bell')).toBe('tab\therebell');
  });
});

describe('firstOccurrence', () => {
  it('is today when today is that weekday, else the next one', () => {
    expect(firstOccurrence('2026-03-04', 3)).toBe('2026-03-04'); // Wednesday
    expect(firstOccurrence('2026-03-04', 5)).toBe('2026-03-06');
    expect(firstOccurrence('2026-03-04', 1)).toBe('2026-03-09');
    expect(firstOccurrence('2026-03-04', 2)).toBe('2026-03-10');
  });

  it('crosses the year boundary (Thursday 31 Dec 2026 → Monday 4 Jan 2027)', () => {
    expect(firstOccurrence('2026-12-31', 1)).toBe('2027-01-04');
  });

  it('rejects a weekday outside 1–7', () => {
    expect(() => firstOccurrence('2026-03-04', 0)).toThrow(RangeError);
    expect(() => firstOccurrence('2026-03-04', 8)).toThrow(RangeError);
  });
});
