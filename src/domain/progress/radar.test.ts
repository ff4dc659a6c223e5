import { describe, expect, it } from 'vitest';
import type { AssessmentResponse } from '../questionnaire/response.ts';
import type { VersionChange } from '../questionnaire/version-boundaries.ts';
import type { DateWindow } from './progress-types.ts';
import { ASSESSMENT_ID, PRESENCE_ID } from './progress-types.ts';
import { DIFFERENT_VERSIONS_NOTE, radarView } from './radar.ts';
import { scoredResults } from './scored-results.ts';
import { assessment, presence } from './testing/progress-factory.ts';

const WINDOW: DateWindow = { from: '2025-06-16', to: '2026-06-15' };

function radar(responses: readonly AssessmentResponse[], options: { window?: DateWindow; then?: string; notes?: readonly VersionChange[] } = {}) {
  return radarView({
    window: options.window ?? WINDOW,
    assessments: scoredResults(responses, ASSESSMENT_ID, 'Europe/London', options.notes),
    checks: scoredResults(responses, PRESENCE_ID, 'Europe/London', []),
    assessmentNotes: options.notes,
    thenResponseId: options.then,
  });
}

const old = assessment('2024-01-10T09:00:00.000Z', 30);
const first = assessment('2025-09-10T09:00:00.000Z', { attending: 50, understanding: 50, empathising: 60, helping: 40 });
const partial = assessment('2025-12-10T09:00:00.000Z', { attending: 50, understanding: null, empathising: 60, helping: 40 });
const latest = assessment('2026-03-10T09:00:00.000Z', { attending: 58, understanding: 61, empathising: 60, helping: 38 });

describe('radarView', () => {
  it('draws the latest against the earliest in the range, and offers every complete one before it, newest first', () => {
    const view = radar([latest, old, first, partial]);
    expect(view.options.map((o) => o.responseId)).toEqual([first.id, old.id]);
    expect(view.now).toEqual({ label: 'Now', date: '2026-03-10', responseId: latest.id, version: 1, values: { attending: 58, understanding: 61, empathising: 60, helping: 38 } });
    expect(view.then?.responseId).toBe(first.id);
    expect(view.note).toBeNull();
    expect(view.enough).toEqual({ enough: true, have: 2, need: 1 });
    expect(view.summary).toBe('Your self-assessment of 10 March 2026 against the one of 10 September 2025: understanding rose most (up 11) and helping fell most (down 2).');
  });

  it('draws the one the leader picks as "then", even from outside the range', () => {
    const view = radar([latest, old, first], { then: old.id });
    expect(view.then?.responseId).toBe(old.id);
    expect(view.summary).toBe('Your self-assessment of 10 March 2026 against the one of 10 January 2024: every element rose or held, understanding most (up 31).');
    const fell = assessment('2026-04-10T09:00:00.000Z', 20);
    expect(radar([fell, first]).summary).toBe('Your self-assessment of 10 April 2026 against the one of 10 September 2025: every element fell or held, empathising most (down 40).');
  });

  it('falls back to the earliest when the pick is unknown or is "now" itself', () => {
    expect(radar([latest, old, first], { then: 'no-such-result' }).then?.responseId).toBe(first.id);
    expect(radar([latest, old, first], { then: latest.id }).then?.responseId).toBe(first.id);
  });

  it('never draws as "then" one completed after "now", and offers only earlier ones', () => {
    // "This time last year": now is the latest up to the end of that range; a pick from after it falls back to the earliest in the range.
    const july = assessment('2025-07-10T09:00:00.000Z', 45);
    const lastYear: DateWindow = { from: '2025-06-16', to: '2025-12-31' };
    const view = radar([latest, old, first, july], { window: lastYear, then: latest.id });
    expect(view.now?.responseId).toBe(first.id);
    expect(view.then?.responseId).toBe(july.id);
    expect(view.options.map((o) => o.responseId)).toEqual([july.id, old.id]);
    expect(view.summary).toBe('Your self-assessment of 10 September 2025 against the one of 10 July 2025: empathising rose most (up 15) and helping fell most (down 5).');
  });

  it('has no "then" with one self-assessment in the range, and no radar with none', () => {
    const one = radar([latest]);
    expect(one.then).toBeNull();
    expect(one.summary).toBe('Your latest self-assessment, from 10 March 2026; there is no earlier one in this range to compare it with.');
    const none = radar([old], { window: WINDOW });
    expect(none).toMatchObject({ now: null, then: null, enough: { enough: false, have: 0, need: 1 } });
    // With no "now" there is nothing to compare with, so nothing to pick.
    expect(none.options).toEqual([]);
  });

  it('notes when "then" and "now" were answered on versions that cannot be compared, and then gives no amounts', () => {
    const newer = { ...latest, questionnaireVersion: 2 };
    const notes = [{ version: 2, summary: 'New questions.', scoresComparable: false }];
    const view = radar([newer, first], { notes });
    expect(view.note).toBe(DIFFERENT_VERSIONS_NOTE);
    expect(view.summary).toBe(
      'Your self-assessment of 10 March 2026 against the one of 10 September 2025, answered on different versions of the questions, so no rise or fall is given.',
    );
    expect(view.summary).not.toMatch(/rose|fell|held|up \d|down \d/);
    expect(radar([newer, first], { notes: [{ version: 2, summary: 'A word.', scoresComparable: true }] }).summary).toMatch(/understanding rose most \(up 11\)/);
    expect(radar([newer, first], { notes: [{ version: 2, summary: 'A word.', scoresComparable: true }] }).note).toBeNull();
  });

  it('adds the aims of the latest presence check up to the end of the range', () => {
    const checks = [
      presence('2025-01-10T09:00:00.000Z', { attending: { aim: 70, actual: 50 }, understanding: { aim: 70, actual: 50 }, empathising: { aim: 70, actual: 50 }, helping: { aim: 70, actual: 50 } }),
      presence('2026-02-10T09:00:00.000Z', { attending: { aim: 85, actual: 50 }, understanding: { aim: 80, actual: 50 }, helping: { aim: 90, actual: 60 } }),
      presence('2026-07-10T09:00:00.000Z', { attending: { aim: 99, actual: 50 } }),
    ];
    const view = radar([latest, first, ...checks]);
    expect(view.aspiration).toMatchObject({ label: 'How you aim to lead', date: '2026-02-10', values: { attending: 85, understanding: 80, empathising: null, helping: 90 } });
    expect(radar([latest, ...checks], { window: { from: '2025-12-01', to: '2026-01-31' } }).aspiration?.date).toBe('2025-01-10');
    expect(radar([latest]).aspiration).toBeNull();
  });
});
