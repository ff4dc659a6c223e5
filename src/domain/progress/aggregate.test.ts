import { describe, expect, it } from 'vitest';
import { aggregatePoints, aggregationFor, bucketOf, mean, median } from './aggregate.ts';

describe('aggregationFor', () => {
  it('draws each result up to 200 days, weekly means up to 800, then monthly', () => {
    expect([1, 200, 201, 800, 801, 3650].map(aggregationFor)).toEqual(['each', 'each', 'week', 'week', 'month', 'month']);
  });
});

describe('bucketOf', () => {
  it('names a week by its Monday and a month by its first day', () => {
    expect(bucketOf('2026-03-08', 'week')).toBe('2026-03-02');
    expect(bucketOf('2026-03-09', 'week')).toBe('2026-03-09');
    expect(bucketOf('2026-03-31', 'month')).toBe('2026-03-01');
    expect(bucketOf('2026-03-31', 'each')).toBe('2026-03-31');
  });
});

describe('aggregatePoints', () => {
  const values = [
    { date: '2026-03-02', value: 50.4, segment: 0 },
    { date: '2026-03-04', value: 61, segment: 0 },
    { date: '2026-03-10', value: 70, segment: 0 },
    { date: '2026-03-12', value: 20, segment: 1 },
    { date: '2026-04-01', value: 30, segment: 1 },
  ];

  it('keeps each value as a point, rounded for display', () => {
    expect(aggregatePoints(values, 'each').map((p) => [p.date, p.value, p.n, p.segment])).toEqual([
      ['2026-03-02', 50, 1, 0],
      ['2026-03-04', 61, 1, 0],
      ['2026-03-10', 70, 1, 0],
      ['2026-03-12', 20, 1, 1],
      ['2026-04-01', 30, 1, 1],
    ]);
  });

  it('takes the mean of each week, and splits a week that holds two segments into two points', () => {
    expect(aggregatePoints(values, 'week')).toEqual([
      { date: '2026-03-02', value: 56, n: 2, segment: 0 },
      { date: '2026-03-09', value: 70, n: 1, segment: 0 },
      { date: '2026-03-09', value: 20, n: 1, segment: 1 },
      { date: '2026-03-30', value: 30, n: 1, segment: 1 },
    ]);
  });

  it('takes the mean of each month, never mixing segments', () => {
    expect(aggregatePoints(values, 'month')).toEqual([
      { date: '2026-03-01', value: 60, n: 3, segment: 0 },
      { date: '2026-03-01', value: 20, n: 1, segment: 1 },
      { date: '2026-04-01', value: 30, n: 1, segment: 1 },
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(aggregatePoints([], 'month')).toEqual([]);
  });
});

describe('median and mean', () => {
  it('works them out by hand', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([])).toBeNull();
  });
});
