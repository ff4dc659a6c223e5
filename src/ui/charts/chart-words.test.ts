/** The words the charts share: dates as points and ticks, counts, and the notes at a version change. */
import { describe, expect, it } from 'vitest';
import { boundaryNote } from './boundary-notes.tsx';
import { countOf, countTicks, dateToTime, formatMonthTick, formatPointDate, timeTicks } from './chart-format.ts';
import { mostTimeTicks } from './drawings/time-axis.ts';
import { BOUNDARY } from './testing/fixtures.ts';

describe('chart dates and counts', () => {
  it('writes a point as the day, the week or the month it stands for', () => {
    expect(formatPointDate('2026-03-02', 'each')).toBe('2 March 2026');
    expect(formatPointDate('2026-03-02', 'week')).toBe('Week of 2 March 2026');
    expect(formatPointDate('2026-03-01', 'month')).toBe('March 2026');
  });

  it('puts a date at its own UTC midnight, so a decade is one even scale and a tick names the right month', () => {
    expect(dateToTime('2025-12-31') + 86_400_000).toBe(dateToTime('2026-01-01'));
    expect(formatMonthTick(dateToTime('2026-01-01'))).toBe('Jan 2026');
    expect(formatMonthTick(dateToTime('2025-12-31'))).toBe('Dec 2025');
  });

  it('counts in words, with thousands separated', () => {
    expect(countOf(1, 'weekly pulse', 'weekly pulses')).toBe('1 weekly pulse');
    expect(countOf(2000, 'session', 'sessions')).toBe('2,000 sessions');
  });
});

describe('axis ticks', () => {
  const ticksOf = (from: string, to: string) => timeTicks([dateToTime(from), dateToTime(to)]).map(formatMonthTick);

  it('puts at most four ticks on the first of a month, in even steps, within the dates drawn', () => {
    expect(ticksOf('2026-01-01', '2026-03-31')).toEqual(['Jan 2026', 'Feb 2026', 'Mar 2026']);
    expect(ticksOf('2025-04-02', '2026-04-01')).toEqual(['Jul 2025', 'Oct 2025', 'Jan 2026', 'Apr 2026']);
    expect(ticksOf('2016-01-04', '2025-12-29')).toEqual(['Jan 2018', 'Jan 2020', 'Jan 2022', 'Jan 2024']);
  });

  it('puts at most three month labels under a plot on a screen under 400 px wide', () => {
    expect(mostTimeTicks(320)).toBe(3);
    expect(mostTimeTicks(390)).toBe(3);
    expect(mostTimeTicks(400)).toBe(4);
    const ticks = timeTicks([dateToTime('2025-04-02'), dateToTime('2026-04-01')], mostTimeTicks(320)).map(formatMonthTick);
    expect(ticks.length).toBeLessThanOrEqual(3);
    expect(ticks).toEqual(['Jul 2025', 'Jan 2026']);
  });

  it('has no ticks without dates, and one for a single date on the first of its month', () => {
    expect(timeTicks([])).toEqual([]);
    expect(ticksOf('2026-03-01', '2026-03-01')).toEqual(['Mar 2026']);
  });

  it('counts minutes from 0 in up to four even steps that cover the most', () => {
    expect(countTicks(0)).toEqual([0]);
    expect(countTicks(47)).toEqual([0, 15, 30, 45, 60]);
    expect(countTicks(89)).toEqual([0, 30, 60, 90]);
  });
});

describe('boundaryNote', () => {
  it('says when, what changed, and that scores do not compare across it', () => {
    expect(boundaryNote(BOUNDARY)).toBe(
      'From 2 March 2026 the weekly pulse is version 2 (the line marked v2), where it was version 1. Each element now has three questions. Scores are not comparable across this change, so the line breaks there.',
    );
  });

  it('says so when there is no note, and when scores either side compare', () => {
    expect(boundaryNote({ ...BOUNDARY, questionnaireId: 'compassionate-leadership', summary: null, scoresComparable: true })).toBe(
      'From 2 March 2026 the self-assessment is version 2 (the line marked v2), where it was version 1. No note says what changed. Scores either side can be read side by side.',
    );
  });
});
