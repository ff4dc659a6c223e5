/** The words the charts share: dates as points and ticks, counts, and the notes at a version change. */
import { describe, expect, it } from 'vitest';
import { boundaryNote } from './boundary-notes.tsx';
import { countOf, dateToTime, formatMonthTick, formatPointDate } from './chart-format.ts';
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
