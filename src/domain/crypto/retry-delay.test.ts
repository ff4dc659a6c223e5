// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FailureRecord } from './retry-delay.ts';
import { delayAfterFailures, describeWait, PIN_MAX_FAILURES, recordFailure, remainingWait } from './retry-delay.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Date.UTC(2025, 0, 15, 9, 30); // a fixed clock

describe('delayAfterFailures', () => {
  it('follows the schedule exactly for 0 to 12 failures', () => {
    const expected = [0, 0, 0, 0, 0, MINUTE, 5 * MINUTE, 15 * MINUTE, 15 * MINUTE, HOUR, HOUR, HOUR, HOUR];
    expect(Array.from({ length: 13 }, (_, failures) => delayAfterFailures(failures))).toEqual(expected);
  });

  it('stays at an hour for very many failures', () => {
    expect(delayAfterFailures(1_000)).toBe(HOUR);
    expect(delayAfterFailures(Infinity)).toBe(HOUR);
  });

  it('treats a damaged count as the longest wait', () => {
    expect(delayAfterFailures(Number.NaN)).toBe(HOUR);
    expect(delayAfterFailures(-1)).toBe(HOUR);
    expect(delayAfterFailures(4.5)).toBe(HOUR);
  });
});

describe('recordFailure / remainingWait', () => {
  it('allows an attempt at once when nothing has failed', () => {
    expect(remainingWait(undefined, NOW)).toBe(0);
  });

  it('counts failures from nothing, stamps the time and starts the steady count afresh', () => {
    expect(recordFailure(undefined, NOW)).toEqual({ failures: 1, lastFailureAt: NOW, served: 0 });
    expect(recordFailure({ failures: 4, lastFailureAt: NOW - 5_000, served: 5_000 }, NOW)).toEqual({ failures: 5, lastFailureAt: NOW, served: 0 });
  });

  it('walks the schedule: free for four failures, then 1 min, 5 min, 15 min, 15 min, 1 h', () => {
    let record: FailureRecord | undefined;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const at = NOW + attempt * 10 * HOUR; // each failure long after the last wait ended
      record = recordFailure(record, at);
      expect(record.failures).toBe(attempt);
      waits.push(remainingWait(record, at));
    }
    expect(waits).toEqual([0, 0, 0, 0, MINUTE, 5 * MINUTE, 15 * MINUTE, 15 * MINUTE, HOUR, HOUR]);
  });

  it('ends a wait only when both the wall clock and the steady clock have seen it pass', () => {
    const record = { failures: 5, lastFailureAt: NOW, served: 0 };
    expect(remainingWait(record, NOW + 20_000)).toBe(MINUTE); // the wall clock alone says 40 s are left
    expect(remainingWait({ ...record, served: 20_000 }, NOW + 20_000)).toBe(40_000);
    expect(remainingWait({ ...record, served: MINUTE }, NOW + MINUTE)).toBe(0);
  });

  it('is not shortened by a clock moved forward', () => {
    expect(remainingWait({ failures: 9, lastFailureAt: NOW, served: 10 * MINUTE }, NOW + 30 * 24 * HOUR)).toBe(50 * MINUTE);
  });

  it('is never longer than the wait itself when the clock is moved back, however far', () => {
    expect(remainingWait({ failures: 5, lastFailureAt: NOW, served: 0 }, NOW - 365 * 24 * HOUR)).toBe(MINUTE);
    expect(remainingWait({ failures: 5, lastFailureAt: NOW, served: 45_000 }, NOW - HOUR)).toBe(15_000);
    expect(remainingWait({ failures: 5, lastFailureAt: NOW, served: MINUTE }, NOW - HOUR)).toBe(0);
  });

  it('treats a missing or damaged steady count as nothing served, and a damaged time as unknown', () => {
    expect(remainingWait({ failures: 5, lastFailureAt: NOW }, NOW + HOUR)).toBe(MINUTE); // a record written before the steady count
    expect(remainingWait({ failures: 5, lastFailureAt: NOW, served: Number.NaN }, NOW + HOUR)).toBe(MINUTE);
    expect(remainingWait({ failures: 5, lastFailureAt: NOW, served: -HOUR }, NOW)).toBe(MINUTE);
    expect(remainingWait({ failures: 5, lastFailureAt: Number.NaN, served: 20_000 }, NOW)).toBe(40_000);
    expect(remainingWait({ failures: Number.NaN, lastFailureAt: Number.NaN }, NOW)).toBe(HOUR);
  });

  it('gives nothing to wait for fewer than five failures', () => {
    expect(remainingWait({ failures: 4, lastFailureAt: NOW, served: 0 }, NOW)).toBe(0);
  });

  it('carries on from the hour-long tier after a damaged count', () => {
    expect(recordFailure({ failures: Number.NaN, lastFailureAt: NOW - 1 }, NOW)).toEqual({ failures: 10, lastFailureAt: NOW, served: 0 });
  });

  it('round-trips through JSON, so it survives a reload', () => {
    const record = recordFailure(recordFailure(recordFailure(recordFailure(recordFailure(undefined, NOW), NOW), NOW), NOW), NOW);
    expect(remainingWait(JSON.parse(JSON.stringify(record)) as FailureRecord, NOW)).toBe(MINUTE);
  });

  it('drops the PIN after five failures', () => {
    expect(PIN_MAX_FAILURES).toBe(5);
  });
});

describe('describeWait', () => {
  it.each([
    [MINUTE, '1 minute'],
    [5 * MINUTE, '5 minutes'],
    [15 * MINUTE, '15 minutes'],
    [HOUR, '1 hour'],
    [45_000, '45 seconds'],
    [1_000, '1 second'],
    [1, '1 second'],
    [44_001, '45 seconds'],
    [59_001, '1 minute'],
    [MINUTE + 1, '2 minutes'],
    [4 * MINUTE + 30_000, '5 minutes'],
    [HOUR - 1, '1 hour'],
    [HOUR + 1, '1 hour 1 minute'],
    [90 * MINUTE, '1 hour 30 minutes'],
    [2 * HOUR, '2 hours'],
    [0, '0 seconds'],
    [-5_000, '0 seconds'],
  ])('describes %i ms as "%s"', (ms, text) => {
    expect(describeWait(ms)).toBe(text);
  });

  it('refuses a wait that is not a finite number', () => {
    expect(() => describeWait(Number.NaN)).toThrow(RangeError);
    expect(() => describeWait(Infinity)).toThrow(RangeError);
  });
});
