import { describe, expect, it } from 'vitest';
import { localDate } from '../weekly/weeks.ts';
import { addMonths, dayMonthYear, monthOf, monthYear, nextMonth, toLocalDate } from './local-dates.ts';

describe('addMonths', () => {
  it('moves by calendar months across years, clamping the day to the month’s end', () => {
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2028-05-31', -3)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', -12)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('names months and their first days', () => {
    expect(monthOf('2026-03-17')).toBe('2026-03-01');
    expect(nextMonth('2026-12-01')).toBe('2027-01-01');
    expect(monthYear('2026-03-17')).toBe('March 2026');
    expect(dayMonthYear('2026-03-07')).toBe('7 March 2026');
  });
});

describe('toLocalDate', () => {
  it('gives the leader’s calendar date, in summer time and out of it, as localDate does', () => {
    const cases: Array<[string, string, string]> = [
      ['2026-03-31T23:30:00.000Z', 'Europe/London', '2026-04-01'],
      ['2026-01-31T23:30:00.000Z', 'Europe/London', '2026-01-31'],
      ['2026-03-29T00:30:00.000Z', 'Europe/London', '2026-03-29'],
      ['2026-10-25T23:30:00.000Z', 'Europe/London', '2026-10-25'],
      ['2026-06-01T03:00:00.000Z', 'America/New_York', '2026-05-31'],
      ['2026-06-01T13:00:00.000Z', 'Pacific/Auckland', '2026-06-02'],
    ];
    for (const [instant, zone, date] of cases) {
      expect(toLocalDate(instant, zone)).toBe(date);
      expect(toLocalDate(instant, zone)).toBe(localDate(new Date(instant), zone));
    }
  });
});
