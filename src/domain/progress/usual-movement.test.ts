import { describe, expect, it } from 'vitest';
import { addDays } from '../weekly/weeks.ts';
import { seeded } from './testing/decade.ts';
import { movement } from './usual-movement.ts';

const series = (...values: number[]) => values.map((value, i) => ({ date: addDays('2026-01-01', i), value }));

/** n weekly values: a steady rise of `rise` points from the first to the last, plus Gaussian noise of standard deviation sigma (seeded). */
function noisy(seed: number, n: number, sigma: number, rise = 0) {
  const random = seeded(seed);
  return series(
    ...Array.from({ length: n }, (_, i) => {
      const u = 1 - random();
      const gauss = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
      return 50 + (rise * i) / (n - 1) + sigma * gauss;
    }),
  );
}

describe('movement', () => {
  it('needs at least four values', () => {
    expect(movement(series(10, 20, 30))).toBeNull();
    expect(movement(series(10, 20, 30, 40))).not.toBeNull();
  });

  it('compares the mean of the first k with the mean of the last k, k = min(8, ⌊n/2⌋)', () => {
    // n = 5, k = 2: early (10 + 12) / 2 = 11, recent (16 + 18) / 2 = 17; steps 2, 2, 2, 2: usual 2.
    expect(movement(series(10, 12, 14, 16, 18))).toMatchObject({ early: 11, recent: 17, since: '2026-01-01', usual: 2, k: 2 });
    // n = 20, k = 8: the first eight (four at 0, four at 40) and the last eight (four at 10, four at 70).
    const twenty = movement(series(0, 0, 0, 0, 40, 40, 40, 40, 99, 99, 99, 99, 10, 10, 10, 10, 70, 70, 70, 70));
    expect(twenty).toMatchObject({ k: 8, early: 20, recent: 40 });
    // n = 40 still takes eight each side.
    expect(movement(series(...Array.from({ length: 40 }, (_, i) => i)))).toMatchObject({ k: 8, early: 3.5, recent: 35.5 });
  });

  it('takes the usual movement as the median step between consecutive values', () => {
    // steps 10, 10, 10, 10, 30, 2, 2: median 10.
    expect(movement(series(50, 60, 50, 60, 50, 80, 82, 84))?.usual).toBe(10);
  });

  it('asks for more than the noise in two means of k: 3.25 · u · √(2/k)', () => {
    // n = 8, k = 4; usual step 4 (steps 4, 4, 4, 4, 4, 4, 4 alternate then climb): bar 3.25 · 4 · √0.5 ≈ 9.19.
    const bar = 3.25 * 4 * Math.sqrt(0.5);
    const below = movement(series(50, 54, 50, 54, 58.5, 62.5, 58.5, 62.5));
    expect(below).toMatchObject({ usual: 4, k: 4, early: 52, recent: 60.5 });
    expect(below?.bar).toBeCloseTo(bar, 10);
    // 8.5 points: more than the usual movement, less than the bar.
    expect(below?.stated).toBe(false);
    const above = movement(series(50, 54, 50, 54, 61.5, 65.5, 61.5, 65.5));
    // Usual movement 4 still (steps 4, 4, 4, 7.5, 4, 4, 4); 11.5 points is over the bar.
    expect(above).toMatchObject({ usual: 4, early: 52, recent: 63.5, stated: true });
  });

  it('never states a change within the usual movement', () => {
    // Early 60, recent 45, but it usually moves 30 points from one result to the next.
    const big = movement(series(45, 75, 45, 75, 30, 60, 30, 60));
    expect(big).toMatchObject({ early: 60, recent: 45, usual: 30, stated: false });
  });

  it('states nothing under 3 points, however calm the series', () => {
    const calm = movement(series(60, 60, 60, 60, 62, 62, 62, 62));
    expect(calm).toMatchObject({ early: 60, recent: 62, usual: 0, stated: false });
    const justEnough = movement(series(60, 60, 60, 60, 63, 63, 63, 63));
    expect(justEnough).toMatchObject({ early: 60, recent: 63, usual: 0, stated: true });
  });

  it('states nothing for a noisy series that goes nowhere (ten seeds, 26 and 52 weekly results, σ 6 and 10)', () => {
    for (const n of [26, 52]) {
      for (const sigma of [6, 10]) {
        for (let seed = 1; seed <= 10; seed += 1) {
          expect({ n, sigma, seed, stated: movement(noisy(seed, n, sigma))?.stated }).toEqual({ n, sigma, seed, stated: false });
        }
      }
    }
  });

  it('usually states a steady rise of 12 points over 26 weekly results with σ 5 noise', () => {
    // At this size the rule sees about 6 in 10 such series (the header's simulation); these 20 seeds give 12.
    const seen = Array.from({ length: 20 }, (_, i) => movement(noisy(100 + i, 26, 5, 12))).filter((m) => m?.stated && m.recent > m.early);
    expect(seen.length).toBeGreaterThanOrEqual(10);
  });
});
