import { describe, expect, it } from 'vitest';
import {
  addDays,
  canBackDate,
  daysFrom,
  dueStatus,
  GRACE_DAYS,
  isLocalDate,
  isoWeekday,
  localDate,
  reflectionWeek,
  streak,
  weekOf,
  weeksReflected,
  type ReflectionRecord,
} from './weeks.ts';

/** A reflection done on time in the week of the given Monday. */
const onTime = (monday: string): ReflectionRecord => ({ weekOf: monday, completedAt: `${addDays(monday, 2)}T12:00:00.000Z`, late: false });
const weekAndDay = (instant: string, timeZone: string) => {
  const date = localDate(new Date(instant), timeZone);
  return { date, weekOf: weekOf(date) };
};

// Calendar used below: Monday 2 March 2026; Thursday 31 December 2026; Monday 4 January 2027.

describe('localDate and the week an instant falls in', () => {
  it('puts Sunday 23:30 in the week just ending and Monday 00:10 in the new one (London, summer time)', () => {
    // 22:30 UTC is 23:30 BST on Sunday 14 June; 23:10 UTC is 00:10 BST on Monday 15 June.
    expect(weekAndDay('2026-06-14T22:30:00Z', 'Europe/London')).toEqual({ date: '2026-06-14', weekOf: '2026-06-08' });
    expect(weekAndDay('2026-06-14T23:10:00Z', 'Europe/London')).toEqual({ date: '2026-06-15', weekOf: '2026-06-15' });
  });

  it('puts the same instant on Sunday in New York and on Monday in London, in different weeks', () => {
    // 02:00 UTC on 2 March: 21:00 EST on Sunday 1 March; 02:00 GMT on Monday 2 March.
    expect(weekAndDay('2026-03-02T02:00:00Z', 'America/New_York')).toEqual({ date: '2026-03-01', weekOf: '2026-02-23' });
    expect(weekAndDay('2026-03-02T02:00:00Z', 'Europe/London')).toEqual({ date: '2026-03-02', weekOf: '2026-03-02' });
  });

  it('follows the change from BST to GMT on Sunday 25 October 2026 in London', () => {
    // 23:30 UTC is already the next day while on BST (UTC+1) …
    expect(weekAndDay('2026-10-18T23:30:00Z', 'Europe/London')).toEqual({ date: '2026-10-19', weekOf: '2026-10-19' });
    expect(localDate(new Date('2026-10-24T23:30:00Z'), 'Europe/London')).toBe('2026-10-25');
    // … 01:30 happens twice on the 25th, both times on Sunday …
    expect(localDate(new Date('2026-10-25T00:30:00Z'), 'Europe/London')).toBe('2026-10-25');
    expect(localDate(new Date('2026-10-25T01:30:00Z'), 'Europe/London')).toBe('2026-10-25');
    // … and after the change 23:30 UTC is still Sunday (GMT), in the week of the 19th.
    expect(weekAndDay('2026-10-25T23:30:00Z', 'Europe/London')).toEqual({ date: '2026-10-25', weekOf: '2026-10-19' });
    expect(weekAndDay('2026-10-26T00:10:00Z', 'Europe/London')).toEqual({ date: '2026-10-26', weekOf: '2026-10-26' });
  });

  it('is a day ahead in Auckland (NZDT, UTC+13) while it is still Sunday in London', () => {
    expect(weekAndDay('2026-03-01T11:30:00Z', 'Pacific/Auckland')).toEqual({ date: '2026-03-02', weekOf: '2026-03-02' });
    expect(weekAndDay('2026-03-01T11:30:00Z', 'Europe/London')).toEqual({ date: '2026-03-01', weekOf: '2026-02-23' });
  });

  it('rejects an unknown time zone and an invalid instant', () => {
    expect(() => localDate(new Date('2026-03-02T00:00:00Z'), 'Europe/Atlantis')).toThrow(RangeError);
    expect(() => localDate(new Date('not a date'), 'Europe/London')).toThrow(RangeError);
  });
});

describe('calendar arithmetic', () => {
  it('finds the Monday of every day of a week, Sunday included', () => {
    for (const day of ['2026-03-02', '2026-03-04', '2026-03-07', '2026-03-08']) expect(weekOf(day)).toBe('2026-03-02');
    expect(weekOf('2026-03-09')).toBe('2026-03-09');
  });

  it('crosses the year boundary: 31 Dec 2026 to Sun 3 Jan 2027 share the week of Mon 28 Dec', () => {
    expect(weekOf('2026-12-31')).toBe('2026-12-28');
    expect(weekOf('2027-01-03')).toBe('2026-12-28');
    expect(weekOf('2027-01-04')).toBe('2027-01-04');
    expect(weekOf('2025-01-01')).toBe('2024-12-30');
  });

  it('numbers weekdays 1 (Monday) to 7 (Sunday)', () => {
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isoWeekday('2026-12-31')).toBe(4);
    expect(isoWeekday('2026-03-08')).toBe(7);
  });

  it('adds and counts days across month ends and a leap day', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2027-01-04', -7)).toBe('2026-12-28');
    expect(daysFrom('2026-12-28', '2027-01-04')).toBe(7);
    expect(daysFrom('2026-03-09', '2026-03-02')).toBe(-7);
  });

  it('rejects dates that are not YYYY-MM-DD calendar dates', () => {
    expect(() => weekOf('2026-02-30')).toThrow(RangeError);
    expect(() => weekOf('2026-3-2')).toThrow(RangeError);
    expect(() => addDays('2026-03-02', 1.5)).toThrow(RangeError);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
  });
});

describe('back-dating a late reflection', () => {
  const before = [onTime('2026-02-23')]; // the week of 2 March has none

  it('is allowed on Monday to Wednesday of the next week, for the previous week', () => {
    expect(GRACE_DAYS).toBe(3);
    expect(canBackDate('2026-03-09', before)).toBe('2026-03-02');
    expect(canBackDate('2026-03-11', before)).toBe('2026-03-02');
  });

  it('is not allowed from Thursday, nor during the week itself', () => {
    expect(canBackDate('2026-03-12', before)).toBeNull();
    expect(canBackDate('2026-03-15', before)).toBeNull();
    // On Monday 2 March the previous week (23 Feb) already has a reflection.
    expect(canBackDate('2026-03-02', before)).toBeNull();
  });

  it('is not allowed when the previous week has a reflection or this week already has one', () => {
    expect(canBackDate('2026-03-09', [...before, onTime('2026-03-02')])).toBeNull();
    expect(canBackDate('2026-03-09', [...before, onTime('2026-03-09')])).toBeNull();
  });

  it('reaches back across the new year (Monday 4 Jan 2027 → week of 28 Dec 2026)', () => {
    expect(canBackDate('2027-01-04', [onTime('2026-12-21')])).toBe('2026-12-28');
  });

  it('gives the previous week, marked late, or this week when not back-dated', () => {
    expect(reflectionWeek('2026-03-10', before, true)).toEqual({ weekOf: '2026-03-02', late: true });
    expect(reflectionWeek('2026-03-10', before)).toEqual({ weekOf: '2026-03-09', late: false });
    expect(() => reflectionWeek('2026-03-12', before, true)).toThrow(RangeError);
  });

  it('treats a reflection still in progress as none', () => {
    expect(canBackDate('2026-03-09', [...before, { weekOf: '2026-03-02', completedAt: null, late: true }])).toBe('2026-03-02');
  });
});

describe('weeks reflected', () => {
  it('counts distinct weeks, however many reflections each has, late ones included', () => {
    const reflections = [onTime('2026-02-23'), onTime('2026-02-23'), { ...onTime('2026-03-02'), late: true }, onTime('2026-03-16')];
    expect(weeksReflected(reflections)).toBe(3);
    expect(weeksReflected([])).toBe(0);
  });

  it('does not count a reflection still in progress', () => {
    expect(weeksReflected([onTime('2026-02-23'), { weekOf: '2026-03-02', completedAt: null, late: false }])).toBe(1);
  });

  it('keeps a week after a gap in the total (it never goes down)', () => {
    const reflections = [onTime('2026-01-05'), onTime('2026-03-02')];
    expect(weeksReflected(reflections)).toBe(2);
    expect(weeksReflected([...reflections, onTime('2026-03-09')])).toBe(3);
  });
});

describe('streak', () => {
  it('is all zeros with no reflections', () => {
    expect(streak([], '2026-03-04')).toEqual({ current: 0, longest: 0, lastBrokenWeekOf: null, previousRun: 0 });
  });

  it('is not broken by the current week while it is still open', () => {
    const reflections = ['2026-02-09', '2026-02-16', '2026-02-23'].map(onTime);
    // Thursday 5 March: this week (2 March) has none yet; the run ends last week.
    expect(streak(reflections, '2026-03-05')).toEqual({ current: 3, longest: 3, lastBrokenWeekOf: null, previousRun: 0 });
    // Sunday 8 March is still this week.
    expect(streak(reflections, '2026-03-08').current).toBe(3);
    // Reflecting this week extends it.
    expect(streak([...reflections, onTime('2026-03-02')], '2026-03-05').current).toBe(4);
  });

  it('drops to 0 once a whole week is missed, and says which week broke the run', () => {
    const reflections = ['2026-02-09', '2026-02-16', '2026-02-23'].map(onTime);
    // Monday 9 March: the week of 2 March ended with no reflection.
    expect(streak(reflections, '2026-03-09')).toEqual({ current: 0, longest: 3, lastBrokenWeekOf: '2026-03-02', previousRun: 3 });
  });

  it('starts again after a gap, keeping the longest and the week the earlier run ended', () => {
    // A run of 3 (2, 9, 16 Feb), 23 Feb missed, then 2 March.
    const reflections = ['2026-02-02', '2026-02-09', '2026-02-16', '2026-03-02'].map(onTime);
    expect(streak(reflections, '2026-03-04')).toEqual({ current: 1, longest: 3, lastBrokenWeekOf: '2026-02-23', previousRun: 3 });
  });

  it('stops naming the broken week once the new run is as long as the earlier one', () => {
    // Runs of 2 (2, 9 Feb) and 2 (23 Feb, 2 March), 16 Feb missed.
    const reflections = ['2026-02-02', '2026-02-09', '2026-02-23', '2026-03-02'].map(onTime);
    expect(streak(reflections, '2026-03-04')).toEqual({ current: 2, longest: 2, lastBrokenWeekOf: null, previousRun: 0 });
  });

  it('names the most recent earlier run, not the longest', () => {
    // Runs of 4 (5–26 Jan), then 1 (9 Feb), then 23 Feb missed … today 4 March with 2 March reflected.
    const reflections = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-09', '2026-03-02'].map(onTime);
    expect(streak(reflections, '2026-03-04')).toEqual({ current: 1, longest: 4, lastBrokenWeekOf: null, previousRun: 0 });
    // Before 2 March is reflected the current run is 0 and the run of 1 (9 Feb) ended in the week of 16 Feb.
    expect(streak(reflections.slice(0, 5), '2026-03-04')).toEqual({ current: 0, longest: 4, lastBrokenWeekOf: '2026-02-16', previousRun: 1 });
  });

  it('is mended by a late entry that fills the gap', () => {
    const reflections = ['2026-02-16', '2026-02-23'].map(onTime);
    // Monday 9 March: the week of 2 March was missed.
    expect(streak(reflections, '2026-03-09')).toMatchObject({ current: 0, lastBrokenWeekOf: '2026-03-02' });
    const week = reflectionWeek('2026-03-09', reflections, true);
    expect(week).toEqual({ weekOf: '2026-03-02', late: true });
    const late = { ...week, completedAt: '2026-03-09T07:00:00.000Z' };
    expect(streak([...reflections, late], '2026-03-09')).toEqual({ current: 3, longest: 3, lastBrokenWeekOf: null, previousRun: 0 });
  });

  it('runs across the new year', () => {
    const reflections = ['2026-12-21', '2026-12-28', '2027-01-04'].map(onTime);
    expect(streak(reflections, '2027-01-06')).toMatchObject({ current: 3, longest: 3 });
  });

  it('ignores weeks after today in the streak but not in the total', () => {
    const reflections = ['2026-02-23', '2026-03-02', '2026-04-06'].map(onTime);
    expect(streak(reflections, '2026-03-04')).toEqual({ current: 2, longest: 2, lastBrokenWeekOf: null, previousRun: 0 });
    expect(weeksReflected(reflections)).toBe(3);
  });
});

describe('dueStatus', () => {
  const friday = 5;
  const lastWeek = [onTime('2026-02-23')];

  it('is due, with the days left, up to and including the due day', () => {
    expect(dueStatus('2026-03-04', lastWeek, friday)).toEqual({ kind: 'due', dueDate: '2026-03-06', daysLeft: 2 });
    expect(dueStatus('2026-03-06', lastWeek, friday)).toEqual({ kind: 'due', dueDate: '2026-03-06', daysLeft: 0 });
  });

  it('is overdue after the due day, still counting for this week until Sunday', () => {
    expect(dueStatus('2026-03-07', lastWeek, friday)).toEqual({ kind: 'overdue', weekOf: '2026-03-02', countsUntil: '2026-03-08' });
    expect(dueStatus('2026-03-08', lastWeek, friday)).toMatchObject({ kind: 'overdue' });
  });

  it('starts afresh on Monday', () => {
    expect(dueStatus('2026-03-09', lastWeek, friday)).toEqual({ kind: 'due', dueDate: '2026-03-13', daysLeft: 4 });
  });

  it('is done once this week has a reflection, even after the due day', () => {
    expect(dueStatus('2026-03-07', [...lastWeek, onTime('2026-03-02')], friday)).toEqual({ kind: 'done', weekOf: '2026-03-02' });
  });

  it('is not done by a reflection still in progress', () => {
    expect(dueStatus('2026-03-04', [...lastWeek, { weekOf: '2026-03-02', completedAt: null }], friday)).toMatchObject({ kind: 'due', daysLeft: 2 });
  });

  it('names no due date before the first reflection ever completed (the due day is a default nobody chose)', () => {
    expect(dueStatus('2026-03-05', [], friday)).toEqual({ kind: 'first' });
    expect(dueStatus('2026-03-07', [{ weekOf: '2026-03-02', completedAt: null }], friday)).toEqual({ kind: 'first' });
  });

  it('is not done by a late reflection for last week', () => {
    const late: ReflectionRecord = { weekOf: '2026-03-02', completedAt: '2026-03-09T07:00:00.000Z', late: true };
    expect(dueStatus('2026-03-09', [late], friday)).toMatchObject({ kind: 'due' });
  });

  it('with a Sunday due day is never overdue; with a Monday due day is overdue from Tuesday', () => {
    expect(dueStatus('2026-03-08', lastWeek, 7)).toEqual({ kind: 'due', dueDate: '2026-03-08', daysLeft: 0 });
    expect(dueStatus('2026-03-03', lastWeek, 1)).toEqual({ kind: 'overdue', weekOf: '2026-03-02', countsUntil: '2026-03-08' });
  });

  it('rejects a weekday outside 1–7', () => {
    expect(() => dueStatus('2026-03-04', [], 0)).toThrow(RangeError);
    expect(() => dueStatus('2026-03-04', [], 8)).toThrow(RangeError);
    expect(() => dueStatus('2026-03-04', [], 2.5)).toThrow(RangeError);
  });
});
