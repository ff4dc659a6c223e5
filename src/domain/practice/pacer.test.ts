import { describe, expect, it } from 'vitest';
import { pacerElapsedMs } from './pacer.ts';

const STEPS = [
  { seconds: 30 }, // settling
  { seconds: 20, pacer: true },
  { seconds: 10, pacer: true },
  { seconds: 15 }, // a pause for a word of guidance
  { seconds: 10, pacer: true },
  { seconds: 20 }, // returning
];

describe('pacerElapsedMs', () => {
  it('is null in steps without a pacer: settling, between pacer steps, returning and after the end', () => {
    expect(pacerElapsedMs(STEPS, 0)).toBeNull();
    expect(pacerElapsedMs(STEPS, 29_999)).toBeNull();
    expect(pacerElapsedMs(STEPS, 60_000)).toBeNull();
    expect(pacerElapsedMs(STEPS, 85_000)).toBeNull();
    expect(pacerElapsedMs(STEPS, 200_000)).toBeNull();
  });

  it('counts only time in pacer steps: from 0 when the first begins, unbroken across the next, resuming after a gap', () => {
    expect(pacerElapsedMs(STEPS, 30_000)).toBe(0);
    expect(pacerElapsedMs(STEPS, 45_500)).toBe(15_500);
    expect(pacerElapsedMs(STEPS, 55_000)).toBe(25_000);
    expect(pacerElapsedMs(STEPS, 75_000)).toBe(30_000);
    expect(pacerElapsedMs(STEPS, 84_999)).toBe(39_999);
  });
});
