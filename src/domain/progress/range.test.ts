import { describe, expect, it } from 'vitest';
import { inWindow, rangeWindow, windowSpanDays, windowStart } from './range.ts';

describe('rangeWindow', () => {
  it('gives the last three calendar months, today included', () => {
    expect(rangeWindow('three-months', '2026-06-15')).toEqual({ from: '2026-03-16', to: '2026-06-15' });
    expect(rangeWindow('three-months', '2026-05-31')).toEqual({ from: '2026-03-01', to: '2026-05-31' });
  });

  it('gives the last year, today included', () => {
    expect(rangeWindow('year', '2026-06-15')).toEqual({ from: '2025-06-16', to: '2026-06-15' });
  });

  it('starts all time at the first record', () => {
    expect(rangeWindow('all', '2026-06-15')).toEqual({ from: null, to: '2026-06-15' });
  });

  it('gives this time last year as the three months ending a year ago today', () => {
    expect(rangeWindow('last-year', '2026-06-15')).toEqual({ from: '2025-03-16', to: '2025-06-15' });
  });

  it('takes 28 February as 29 February a year ago, and a year from 29 February ends on the 28th', () => {
    expect(rangeWindow('last-year', '2028-02-29')).toEqual({ from: '2026-11-29', to: '2027-02-28' });
    expect(rangeWindow('year', '2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
    expect(rangeWindow('three-months', '2028-02-29')).toEqual({ from: '2027-11-30', to: '2028-02-29' });
  });
});

describe('inWindow and the span of a window', () => {
  it('holds both ends and nothing outside them', () => {
    const window = { from: '2026-03-16', to: '2026-06-15' };
    expect(['2026-03-15', '2026-03-16', '2026-06-15', '2026-06-16'].map((d) => inWindow(d, window))).toEqual([false, true, true, false]);
    expect(inWindow('2001-01-01', { from: null, to: '2026-06-15' })).toBe(true);
  });

  it('measures all time from the earliest date given, and counts both ends', () => {
    const all = { from: null, to: '2026-01-10' };
    expect(windowStart(all, ['2026-01-05', '2026-01-01'])).toBe('2026-01-01');
    expect(windowSpanDays(all, ['2026-01-05', '2026-01-01'])).toBe(10);
    expect(windowSpanDays(all, [])).toBe(1);
    expect(windowSpanDays({ from: '2026-01-01', to: '2026-01-01' }, [])).toBe(1);
  });
});
