import { describe, expect, it } from 'vitest';
import { duration, practisedSeconds, secondsFrom, totalSeconds } from './practice-log.ts';
import { formatPractisedTime } from './practice-time.ts';

describe('formatPractisedTime', () => {
  it.each([
    [0, '0 minutes'],
    [1, 'under a minute'],
    [4, 'under a minute'],
    [59, 'under a minute'],
    [60, '1 minute'],
    [61, '1 minute 1 second'],
    [90, '1 minute 30 seconds'],
    [119, '1 minute 59 seconds'],
    [120, '2 minutes'],
    [725, '12 minutes 5 seconds'],
    [3599, '59 minutes 59 seconds'],
    [3600, '1 hour'],
    [3659, '1 hour'],
    [3660, '1 hour 1 minute'],
    [7500, '2 hours 5 minutes'],
    [90_061, '25 hours 1 minute'],
  ])('%i s reads "%s"', (seconds, words) => {
    expect(formatPractisedTime(seconds)).toBe(words);
  });

  it('never rounds up', () => {
    for (let seconds = 0; seconds < 4000; seconds += 1) {
      const words = formatPractisedTime(seconds);
      const [, h = '0'] = /(\d+) hours?/.exec(words) ?? [];
      const [, m = '0'] = /(\d+) minutes?/.exec(words) ?? [];
      const [, s = '0'] = /(\d+) seconds?/.exec(words) ?? [];
      expect(Number(h) * 3600 + Number(m) * 60 + Number(s), words).toBeLessThanOrEqual(seconds);
    }
  });

  it('refuses what is not a whole number of seconds', () => {
    expect(() => formatPractisedTime(-1)).toThrow(RangeError);
    expect(() => formatPractisedTime(1.5)).toThrow(RangeError);
    expect(() => formatPractisedTime(Number.NaN)).toThrow(RangeError);
  });
});

describe('the length of a logged practice', () => {
  it('is measured in whole seconds, rounded down', () => {
    expect(secondsFrom(0)).toBe(0);
    expect(secondsFrom(4_000)).toBe(4);
    expect(secondsFrom(4_999)).toBe(4);
    expect(secondsFrom(60_000)).toBe(60);
    expect(secondsFrom(-5)).toBe(0);
    expect(() => secondsFrom(Number.NaN)).toThrow(RangeError);
  });

  it('is written as seconds, with the nearest whole minute for older copies of the app', () => {
    expect(duration(4)).toEqual({ seconds: 4, minutes: 0 });
    expect(duration(90)).toEqual({ seconds: 90, minutes: 2 });
    expect(duration(130)).toEqual({ seconds: 130, minutes: 2 });
    expect(() => duration(-1)).toThrow(RangeError);
    expect(() => duration(2.5)).toThrow(RangeError);
  });

  it('reads seconds where recorded, and an older record’s minutes as that many minutes', () => {
    expect(practisedSeconds({ minutes: 0, seconds: 4 })).toBe(4);
    expect(practisedSeconds({ minutes: 2, seconds: 90 })).toBe(90);
    expect(practisedSeconds({ minutes: 5 })).toBe(300);
  });

  it('totals old and new records honestly', () => {
    // Four 4-second practices are 16 seconds, not 4 minutes; an old 5-minute record counts as 300 s.
    const fourSeconds = duration(4);
    expect(totalSeconds([fourSeconds, fourSeconds, fourSeconds, fourSeconds])).toBe(16);
    expect(totalSeconds([fourSeconds, { minutes: 5 }, duration(90)])).toBe(394);
    expect(totalSeconds([])).toBe(0);
  });
});
