import { describe, expect, it } from 'vitest';
import { reflection } from './testing/progress-factory.ts';
import { weeksCalendar } from './weeks-calendar.ts';

describe('weeksCalendar', () => {
  const window = { from: '2026-04-28', to: '2026-05-28' };

  it('marks each week of the range reflected, late, not reflected or, this week, open', () => {
    const view = weeksCalendar([reflection('2026-04-27'), reflection('2026-05-11', true), { weekOf: '2026-05-18', completedAt: null }], window, '2026-05-28');
    expect(view.weeks).toEqual([
      { weekOf: '2026-04-27', status: 'reflected' },
      { weekOf: '2026-05-04', status: 'not-reflected' },
      { weekOf: '2026-05-11', status: 'late' },
      { weekOf: '2026-05-18', status: 'not-reflected' },
      { weekOf: '2026-05-25', status: 'open' },
    ]);
    expect(view).toMatchObject({ reflected: 2, late: 1, total: 5 });
    expect(view.summary).toBe('You reflected in 2 of the 5 weeks in this range, 1 of them late; this week is still open.');
  });

  it('keeps last week open while it can still be reflected on, late (Monday to Wednesday)', () => {
    const tuesday = '2026-05-26';
    const view = weeksCalendar([reflection('2026-05-11')], { from: '2026-04-28', to: tuesday }, tuesday);
    expect(view.weeks.slice(-2)).toEqual([
      { weekOf: '2026-05-18', status: 'open' },
      { weekOf: '2026-05-25', status: 'open' },
    ]);
    expect(view.summary).toBe('You reflected in 1 of the 5 weeks in this range; last week and this week are still open.');
    // Once this week is reflected, last week can no longer be reflected on late.
    const done = weeksCalendar([reflection('2026-05-11'), reflection('2026-05-25')], { from: '2026-04-28', to: tuesday }, tuesday);
    expect(done.weeks.slice(-2).map((w) => w.status)).toEqual(['not-reflected', 'reflected']);
    // On Thursday the grace days are over.
    const thursday = weeksCalendar([reflection('2026-05-11')], window, '2026-05-28');
    expect(thursday.weeks.slice(-2).map((w) => w.status)).toEqual(['not-reflected', 'open']);
  });

  it('shows this week as reflected once it is', () => {
    const view = weeksCalendar([reflection('2026-05-25')], window, '2026-05-28');
    expect(view.weeks.at(-1)).toEqual({ weekOf: '2026-05-25', status: 'reflected' });
    expect(view.summary).toBe('You reflected in 1 of the 5 weeks in this range.');
  });

  it('has no open week in a range that ended a year ago', () => {
    const view = weeksCalendar([reflection('2025-05-12')], { from: '2025-04-28', to: '2025-05-28' }, '2026-05-28');
    expect(view.weeks.some((w) => w.status === 'open')).toBe(false);
  });

  it('starts all time at the first reflection', () => {
    const view = weeksCalendar([reflection('2026-05-11'), reflection('2026-05-04', true)], { from: null, to: '2026-05-28' }, '2026-05-28');
    expect(view.weeks.map((w) => w.weekOf)).toEqual(['2026-05-04', '2026-05-11', '2026-05-18', '2026-05-25']);
  });

  it('never shames: no "missed", "broken" or "failed", and nothing counted against the leader', () => {
    const summaries = [
      weeksCalendar([], window, '2026-05-28').summary,
      weeksCalendar([reflection('2026-04-27')], window, '2026-05-28').summary,
      weeksCalendar([reflection('2026-04-27', true)], { from: null, to: '2026-05-28' }, '2026-05-28').summary,
    ];
    expect(summaries[0]).toBe('No weekly reflections in this range yet.');
    for (const summary of summaries) expect(summary).not.toMatch(/miss|broke|fail|streak|only/i);
  });
});
