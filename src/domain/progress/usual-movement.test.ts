import { describe, expect, it } from 'vitest';
import { addDays } from '../weekly/weeks.ts';
import { seeded } from './testing/decade.ts';
import { movement } from './usual-movement.ts';

const series = (...values: number[]) => values.map((value, i) => ({ date: addDays('2026-01-01', i), value }));

/**
 * n weekly values: a steady rise of `rise` points from the first to the last, plus Gaussian noise of
 * standard deviation sigma (seeded), rounded to steps of `step` points when one is given, as real scores are.
 */
function noisy(seed: number, n: number, sigma: number, rise = 0, step = 0) {
  const random = seeded(seed);
  return series(
    ...Array.from({ length: n }, (_, i) => {
      const u = 1 - random();
      const gauss = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
      const value = 50 + (rise * i) / (n - 1) + sigma * gauss;
      return step > 0 ? Math.round(value / step) * step : value;
    }),
  );
}

/** A weekly pulse's element is the mean of 3 answers on a 5-point scale: it moves in steps of 100/12 points. */
const PULSE_STEP = 100 / 12;
/** A self-assessment section of 7 items: steps of 100/28 points. */
const SECTION_STEP = 100 / 28;
/** A presence gap over 4 pairs of questions: steps of 25/4 points. */
const GAP_STEP = 25 / 4;

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

  it('takes the usual movement as the mean step between consecutive values', () => {
    // steps 10, 10, 10, 10, 30, 2, 2: mean 74 / 7 (the median would be 10).
    expect(movement(series(50, 60, 50, 60, 50, 80, 82, 84))?.usual).toBeCloseTo(74 / 7, 10);
    // Most steps 0, as on a quantised score: steps 0, 0, 0, 8, 0, 0, 8 give 16 / 7, not the median's 0.
    expect(movement(series(50, 50, 50, 50, 58, 58, 58, 50))?.usual).toBeCloseTo(16 / 7, 10);
  });

  it('asks for more than the noise in two means of k: 3.5 · u · √(2/k)', () => {
    // n = 8, k = 4. Steps 4, 4, 4, 6, 4, 4, 4: usual 30 / 7; bar 3.5 · 30 / 7 · √0.5 ≈ 10.61.
    const below = movement(series(50, 54, 50, 54, 60, 64, 60, 64));
    expect(below).toMatchObject({ k: 4, early: 52, recent: 62 });
    expect(below?.usual).toBeCloseTo(30 / 7, 10);
    expect(below?.bar).toBeCloseTo(3.5 * (30 / 7) * Math.sqrt(0.5), 10);
    // 10 points: more than the usual movement, less than the bar.
    expect(below?.stated).toBe(false);
    // Steps 4, 4, 4, 8, 4, 4, 4: usual 32 / 7, bar ≈ 11.31; 12 points is over it.
    const above = movement(series(50, 54, 50, 54, 62, 66, 62, 66));
    expect(above).toMatchObject({ early: 52, recent: 64, stated: true });
    expect(above?.bar).toBeCloseTo(3.5 * (32 / 7) * Math.sqrt(0.5), 10);
  });

  it('never states a change within the usual movement', () => {
    // Early 60, recent 45, but it usually moves 30 points from one result to the next.
    // Steps 30, 30, 30, 45, 30, 30, 30: usual 225 / 7, about 32.
    const big = movement(series(45, 75, 45, 75, 30, 60, 30, 60));
    expect(big).toMatchObject({ early: 60, recent: 45, stated: false });
    expect(big?.usual).toBeCloseTo(225 / 7, 10);
  });

  it('states nothing under 3 points, however calm the series', () => {
    // One step of 2 in seven: usual 2 / 7, so the bar is well under a point and only the floor holds it back.
    const calm = movement(series(60, 60, 60, 60, 62, 62, 62, 62));
    expect(calm).toMatchObject({ early: 60, recent: 62, stated: false });
    expect(calm?.usual).toBeCloseTo(2 / 7, 10);
    const justEnough = movement(series(60, 60, 60, 60, 63, 63, 63, 63));
    expect(justEnough).toMatchObject({ early: 60, recent: 63, stated: true });
  });

  it('states nothing for quantised noise that goes nowhere (pulse, section and gap steps; σ 4 and 6; 13, 26 and 52 results; ten seeds)', () => {
    for (const step of [PULSE_STEP, SECTION_STEP, GAP_STEP]) {
      for (const n of [13, 26, 52]) {
        for (const sigma of [4, 6]) {
          for (let seed = 1; seed <= 10; seed += 1) {
            const stated = movement(noisy(seed, n, sigma, 0, step))?.stated;
            expect({ step, n, sigma, seed, stated }).toEqual({ step, n, sigma, seed, stated: false });
          }
        }
      }
    }
  });

  it('usually states a steady 20-point rise over a year of weekly pulses, quantised, with σ 6 noise', () => {
    // About 9 in 10 such series (the header's simulation); these 20 seeds give 17.
    const seen = Array.from({ length: 20 }, (_, i) => movement(noisy(200 + i, 52, 6, 20, PULSE_STEP))).filter((m) => m?.stated && m.recent > m.early);
    expect(seen.length).toBeGreaterThanOrEqual(15);
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

  it('usually states a steady 20-point rise over a year of weekly results with σ 6 noise', () => {
    // About 9 in 10 such series (the header's simulation); these 20 seeds give 20.
    const seen = Array.from({ length: 20 }, (_, i) => movement(noisy(100 + i, 52, 6, 20))).filter((m) => m?.stated && m.recent > m.early);
    expect(seen.length).toBeGreaterThanOrEqual(15);
  });
});
