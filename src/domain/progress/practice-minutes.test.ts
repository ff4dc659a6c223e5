import { describe, expect, it, vi } from 'vitest';
import type * as ElementIds from '../elements/element-ids.ts';
import type { PracticeLogEntry } from '../practice/practice-log.ts';
import { practiceMinutes } from './practice-minutes.ts';
import { practice } from './testing/progress-factory.ts';

describe('practiceMinutes', () => {
  it('totals each week of the range, with a bar for every week, empty ones too', () => {
    const view = practiceMinutes([practice('2026-05-04', 90, 'attending'), practice('2026-05-06', 150, 'helping'), practice('2026-05-20', 600, 'attending')], {
      from: '2026-04-27',
      to: '2026-05-24',
    });
    expect(view.aggregation).toBe('week');
    expect(view.buckets).toEqual([
      { date: '2026-04-27', minutes: 0, sessions: 0 },
      { date: '2026-05-04', minutes: 4, sessions: 2 },
      { date: '2026-05-11', minutes: 0, sessions: 0 },
      { date: '2026-05-18', minutes: 10, sessions: 1 },
    ]);
    expect(view.totalMinutes).toBe(14);
    expect(view.sessions).toBe(3);
    expect(view.byElement).toEqual([
      { elementId: 'attending', sessions: 2, minutes: 12 },
      { elementId: 'helping', sessions: 1, minutes: 3 },
    ]);
    expect(view.summary).toBe('You practised for 14 minutes in 3 sessions in this range, most of all for attending.');
    expect(view.method).toBe('Minutes practised each week, from your practice log; a week with none shows as an empty bar.');
  });

  it('reads an old record’s whole minutes, and puts sessions with no element last among equals', () => {
    const old: PracticeLogEntry = { ...practice('2026-05-04', 0, null), minutes: 5 };
    delete old.seconds;
    const view = practiceMinutes([old, practice('2026-05-05', 300, 'helping')], { from: '2026-05-04', to: '2026-05-10' });
    expect(view.totalMinutes).toBe(10);
    expect(view.byElement.map((e) => e.elementId)).toEqual(['helping', null]);
  });

  it('counts months when the range spans more than 800 days, from the first session for all time', () => {
    const view = practiceMinutes([practice('2020-01-15', 120), practice('2026-06-01', 60)], { from: null, to: '2026-06-15' });
    expect(view.aggregation).toBe('month');
    expect(view.buckets[0]).toEqual({ date: '2020-01-01', minutes: 2, sessions: 1 });
    expect(view.buckets.at(-1)).toEqual({ date: '2026-06-01', minutes: 1, sessions: 1 });
    expect(view.buckets).toHaveLength(78);
  });

  it('leaves out sessions outside the range, and has nothing to draw with none', () => {
    const view = practiceMinutes([practice('2026-01-01', 600)], { from: '2026-05-01', to: '2026-05-10' });
    expect(view).toMatchObject({ totalMinutes: 0, sessions: 0, byElement: [], summary: 'No practice logged in this range yet.', enough: { enough: false } });
    expect(view.buckets.every((b) => b.minutes === 0)).toBe(true);
  });

  it('names the element as the app names it, not by its id', async () => {
    vi.resetModules();
    vi.doMock('../elements/element-ids.ts', async (importOriginal) => {
      const actual = await importOriginal<typeof ElementIds>();
      return { ...actual, ELEMENT_NAMES: { ...actual.ELEMENT_NAMES, attending: 'Attending to people' } };
    });
    try {
      const fresh = await import('./practice-minutes.ts');
      const view = fresh.practiceMinutes([practice('2026-05-04', 600, 'attending')], { from: '2026-04-27', to: '2026-05-24' });
      expect(view.summary).toBe('You practised for 10 minutes in 1 session in this range, most of all for attending to people.');
    } finally {
      vi.doUnmock('../elements/element-ids.ts');
      vi.resetModules();
    }
  });
});
