import { describe, expect, it } from 'vitest';
import type { ElementId } from '../elements/element-ids.ts';
import type { AssessmentResponse } from '../questionnaire/response.ts';
import type { VersionChange } from '../questionnaire/version-boundaries.ts';
import { addDays } from '../weekly/weeks.ts';
import { changesEnough, changeStatements } from './change-statements.ts';
import type { DateWindow } from './progress-types.ts';
import { ASSESSMENT_ID, PRESENCE_ID, PULSE_ID } from './progress-types.ts';
import { scoredResults } from './scored-results.ts';
import { assessment, presence, pulse } from './testing/progress-factory.ts';

const LONDON = 'Europe/London';
const YEAR: DateWindow = { from: '2025-06-16', to: '2026-06-15' };

/** Weekly pulses on Wednesdays from 7 January 2026, understanding taking the values given, the rest held at 50. */
function pulses(understanding: readonly number[], versions: readonly number[] = []): AssessmentResponse[] {
  return understanding.map((value, i) => pulse(`${addDays('2026-01-07', 7 * i)}T09:00:00.000Z`, { attending: 50, understanding: value, empathising: 50, helping: 50 }, versions[i] ?? 1));
}

function statements(responses: readonly AssessmentResponse[], notes: Record<string, readonly VersionChange[]> = {}, window = YEAR) {
  const score = (id: string) => scoredResults(responses, id, LONDON, notes[id]);
  return changeStatements({ window, assessments: score(ASSESSMENT_ID), pulses: score(PULSE_ID), checks: score(PRESENCE_ID) });
}

describe('statements of change in scores', () => {
  it('states a steady rise, in plain words, from the month of the first result it rests on', () => {
    const [change, ...rest] = statements(pulses([50, 52, 54, 56, 58, 60, 62, 64, 66, 68]));
    // n = 10, k = 5. Early: the mean of 50–58 (54); recent: the mean of 60–68 (64); usual step 2, so the bar is 3.5 · 2 · √(2/5) ≈ 4.4.
    expect(change).toEqual({
      subject: { kind: 'score', seriesId: 'understanding' },
      direction: 'rose',
      points: 10,
      from: 54,
      to: 64,
      since: '2026-01-07',
      usualMovement: 2,
      basis: 'pulse',
      text: 'Understanding rose 10 points since January 2026.',
    });
    // The overall score moves by a quarter as much (2.5 points), under the 3-point floor; nothing else moved.
    expect(rest).toEqual([]);
  });

  it('states a fall (early: the mean of 70–64, 67; recent: of 62–56, 59)', () => {
    expect(statements(pulses([70, 68, 66, 64, 62, 60, 58, 56]))[0]?.text).toBe('Understanding fell 8 points since January 2026.');
  });

  it('states nothing for a big, noisy series that goes nowhere', () => {
    expect(statements(pulses([30, 80, 35, 75, 40, 70, 30, 80, 35, 75, 40, 70]))).toEqual([]);
  });

  it('states nothing with fewer than four results', () => {
    expect(statements(pulses([40, 60, 80]))).toEqual([]);
  });

  it('never states a change across a version whose scores are not comparable, however large the jump', () => {
    const responses = pulses([20, 20, 21, 20, 90, 90, 91, 90], [1, 1, 1, 1, 2, 2, 2, 2]);
    expect(statements(responses, { [PULSE_ID]: [{ version: 2, summary: 'New questions.', scoresComparable: false }] })).toEqual([]);
    expect(statements(responses, {})).toEqual([]);
  });

  it('states a change across a version declared comparable', () => {
    const responses = pulses([20, 20, 21, 20, 90, 90, 91, 90], [1, 1, 1, 1, 2, 2, 2, 2]);
    const said = statements(responses, { [PULSE_ID]: [{ version: 2, summary: 'A word changed.', scoresComparable: true }] });
    expect(said[0]?.text).toBe('Understanding rose 70 points since January 2026.');
  });

  it('measures only within the latest segment, so the rise after a version change is stated from its start', () => {
    const responses = pulses([90, 90, 90, 90, 40, 45, 50, 55, 60, 65, 70, 75], [1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2]);
    const [change] = statements(responses, { [PULSE_ID]: [{ version: 2, summary: 'New questions.', scoresComparable: false }] });
    expect(change).toMatchObject({ from: 48, to: 68, direction: 'rose', since: '2026-02-04' });
    expect(change?.text).toBe('Understanding rose 20 points since February 2026.');
  });

  it('falls back to the self-assessments when there are too few pulses, never mixing the two', () => {
    const responses = [
      ...pulses([95, 95]),
      ...[40, 42, 50, 58, 60].map((v, i) => assessment(`${addDays('2025-07-01', 60 * i)}T09:00:00.000Z`, { attending: 50, understanding: v, empathising: 50, helping: 50 })),
    ];
    const [change] = statements(responses);
    expect(change).toMatchObject({ basis: 'assessment', from: 41, to: 59, since: '2025-07-01', text: 'Understanding rose 18 points since July 2025.' });
  });

  it('takes only the results in the range', () => {
    const responses = pulses([50, 52, 54, 56, 58, 60, 62, 64, 66, 68]);
    expect(statements(responses, {}, { from: '2026-02-25', to: '2026-06-15' })).toEqual([]);
  });

  it('dates "since" by the leader’s calendar: a pulse at 23:30 UTC on 31 March is April in London', () => {
    const responses = [50, 55, 60, 65, 70, 75].map((v, i) => pulse(`${addDays('2026-03-31', 7 * i)}T23:30:00.000Z`, { understanding: v }));
    expect(statements(responses)[0]?.text).toBe('Understanding rose 15 points since April 2026.');
  });

  it('puts the largest change first', () => {
    const responses = [0, 1, 2, 3, 4, 5, 6, 7].map((i) =>
      pulse(`${addDays('2026-01-07', 7 * i)}T09:00:00.000Z`, { attending: 50 + i, understanding: 50 + 3 * i, empathising: 50 - 2 * i, helping: 50 }),
    );
    expect(statements(responses).map((s) => s.text)).toEqual([
      'Understanding rose 12 points since January 2026.',
      'Empathising fell 8 points since January 2026.',
      'Attending rose 4 points since January 2026.',
    ]);
  });
});

describe('statements of change in the presence gap', () => {
  function checks(gaps: Partial<Record<ElementId, readonly number[]>>, count: number): AssessmentResponse[] {
    return Array.from({ length: count }, (_, i) =>
      presence(
        `${addDays('2026-03-02', 7 * i)}T09:00:00.000Z`,
        Object.fromEntries(Object.entries(gaps).map(([id, values]) => [id, { aim: 90, actual: 90 - (values?.[i] ?? 0) }])),
      ),
    );
  }

  it('says the widest gap has narrowed, and another has widened', () => {
    const said = statements(checks({ helping: [18, 18, 17, 18, 14, 12, 10, 9, 9, 8], attending: [2, 2, 2, 2, 4, 5, 6, 7, 7, 7] }, 10));
    // n = 10, k = 5: helping from the mean of 18, 18, 17, 18, 14 (17) to that of 12, 10, 9, 9, 8 (9.6).
    expect(said.map((s) => s.text)).toEqual([
      'Your widest gap, helping, has narrowed from 17 to 10 points since March 2026.',
      'Your gap on attending has widened from 2 to 6 points since March 2026.',
    ]);
    expect(said[0]).toMatchObject({ subject: { kind: 'gap', elementId: 'helping' }, direction: 'narrowed', points: 7, basis: 'presence' });
  });

  /** Checks aiming at 50 on each element given, the actual set so that aim − actual is each value in turn (below 0: led above the aim). */
  function checksAt50(gaps: Partial<Record<ElementId, readonly number[]>>, count: number): AssessmentResponse[] {
    return Array.from({ length: count }, (_, i) =>
      presence(
        `${addDays('2026-03-02', 7 * i)}T09:00:00.000Z`,
        Object.fromEntries(Object.entries(gaps).map(([id, values]) => [id, { aim: 50, actual: 50 - (values?.[i] ?? 0) }])),
      ),
    );
  }

  it('judges a gap below 0 (leading above the aim) by its size, and never calls it "your widest gap"', () => {
    const [further] = statements(checksAt50({ attending: [-6, -6, -6, -6, -16, -16, -16, -16] }, 8));
    expect(further).toMatchObject({ subject: { kind: 'gap', elementId: 'attending' }, direction: 'widened', points: 10, from: -6, to: -16 });
    expect(further?.text).toBe('On attending you now lead 16 points above your aim, from 6 points above it since March 2026.');
    const [closer] = statements(checksAt50({ attending: [-16, -16, -16, -16, -6, -6, -6, -6] }, 8));
    expect(closer).toMatchObject({ direction: 'narrowed', from: -16, to: -6 });
    expect(closer?.text).toBe('On attending you now lead 6 points above your aim, from 16 points above it since March 2026.');
  });

  it('says plainly when a gap crosses the aim, in either direction', () => {
    const [closed] = statements(checksAt50({ helping: [18, 18, 18, 18, -2, -2, -2, -2] }, 8));
    expect(closed).toMatchObject({ direction: 'narrowed', from: 18, to: -2, points: 20 });
    expect(closed?.text).toBe('On helping you now lead 2 points above your aim, from 18 points below it since March 2026.');
    const [opened] = statements(checksAt50({ helping: [-4, -4, -4, -4, 0, 0, 0, 0], understanding: [0, 0, 0, 0, 9, 9, 9, 9] }, 8));
    expect(opened?.text).toBe('On understanding you now lead 9 points below your aim, from level with it since March 2026.');
    expect(opened?.direction).toBe('widened');
  });

  it('states nothing across a presence check version that cannot be compared', () => {
    const responses = checks({ helping: [30, 30, 30, 30, 5, 5, 5, 5] }, 8).map((r, i) => ({ ...r, questionnaireVersion: i < 4 ? 1 : 2 }));
    expect(statements(responses, { [PRESENCE_ID]: [{ version: 2, summary: 'New questions.', scoresComparable: false }] })).toEqual([]);
  });
});

describe('whether there are enough results to state a change', () => {
  function enough(responses: readonly AssessmentResponse[], notes: Record<string, readonly VersionChange[]> = {}) {
    const score = (id: string) => scoredResults(responses, id, LONDON, notes[id]);
    return changesEnough({ window: YEAR, assessments: score(ASSESSMENT_ID), pulses: score(PULSE_ID), checks: score(PRESENCE_ID) });
  }
  const at = (i: number) => `${addDays('2026-01-07', 7 * i)}T09:00:00.000Z`;

  it('counts the most results any one series has in its latest stretch, never adding kinds together', () => {
    expect(enough([])).toEqual({ enough: false, have: 0, need: 4 });
    const three = [0, 1, 2].flatMap((i) => [pulse(at(i), 50), assessment(at(i), 50), presence(at(i), { helping: { aim: 80, actual: 60 } })]);
    expect(enough(three)).toEqual({ enough: false, have: 3, need: 4 });
    expect(enough([...three, presence(at(3), { helping: { aim: 80, actual: 70 } })])).toEqual({ enough: true, have: 4, need: 4 });
  });

  it('counts only the latest stretch of comparable versions', () => {
    const split = pulses([50, 50, 50, 50, 60, 60], [1, 1, 1, 1, 2, 2]);
    expect(enough(split, { [PULSE_ID]: [{ version: 2, summary: 'New questions.', scoresComparable: false }] })).toEqual({ enough: false, have: 2, need: 4 });
    expect(enough(split, { [PULSE_ID]: [{ version: 2, summary: 'A word changed.', scoresComparable: true }] })).toEqual({ enough: true, have: 6, need: 4 });
  });
});
