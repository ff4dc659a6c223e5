import { describe, expect, it } from 'vitest';
import { movement } from './usual-movement.ts';

const series = (...values: number[]) => values.map((value, i) => ({ date: `2026-01-${String(i + 1).padStart(2, '0')}`, value }));

describe('movement', () => {
  it('needs at least four values', () => {
    expect(movement(series(10, 20, 30))).toBeNull();
    expect(movement(series(10, 20, 30, 40))).not.toBeNull();
  });

  it('compares the mean of the first k with the mean of the last k, k = min(4, ⌊n/2⌋)', () => {
    // n = 5, k = 2: early (10 + 12) / 2 = 11, recent (16 + 18) / 2 = 17; steps 2, 2, 2, 2: usual 2.
    expect(movement(series(10, 12, 14, 16, 18))).toEqual({ early: 11, recent: 17, since: '2026-01-01', usual: 2, stated: true });
    // n = 10, k = 4: early mean of 1–4, recent mean of 7–10.
    const ten = movement(series(0, 0, 0, 0, 50, 50, 10, 10, 10, 10));
    expect(ten).toMatchObject({ early: 0, recent: 10 });
  });

  it('takes the usual movement as the median step between consecutive values', () => {
    // steps 10, 10, 10, 10, 30, 2, 2: median 10.
    expect(movement(series(50, 60, 50, 60, 50, 80, 82, 84))?.usual).toBe(10);
  });

  it('states nothing when the change is within the usual movement', () => {
    // A big, noisy series: early 60, recent 50, but it usually moves 30 points from one result to the next.
    const noisy = movement(series(45, 75, 45, 75, 45, 75, 30, 60, 40, 70));
    expect(noisy?.stated).toBe(false);
  });

  it('states nothing under 3 points, however calm the series', () => {
    const calm = movement(series(60, 60, 60, 60, 62, 62, 62, 62));
    expect(calm).toMatchObject({ early: 60, recent: 62, usual: 0, stated: false });
    const justEnough = movement(series(60, 60, 60, 60, 63, 63, 63, 63));
    expect(justEnough).toMatchObject({ early: 60, recent: 63, usual: 0, stated: true });
  });
});
