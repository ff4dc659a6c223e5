import { describe, expect, it } from 'vitest';
import type { AssessmentResponse } from '../questionnaire/response.ts';
import type { VersionChange } from '../questionnaire/version-boundaries.ts';
import { addDays } from '../weekly/weeks.ts';
import { elementTrend } from './element-trend.ts';
import type { DateWindow } from './progress-types.ts';
import { ASSESSMENT_ID, PULSE_ID } from './progress-types.ts';
import { scoredResults } from './scored-results.ts';
import { assessment, pulse } from './testing/progress-factory.ts';

const LONDON = 'Europe/London';
const NOT_COMPARABLE: VersionChange[] = [{ version: 2, summary: 'New questions.', scoresComparable: false }];

function trend(responses: readonly AssessmentResponse[], window: DateWindow, notes: Record<string, readonly VersionChange[]> = {}) {
  return elementTrend({
    window,
    assessments: scoredResults(responses, ASSESSMENT_ID, LONDON, notes[ASSESSMENT_ID]),
    pulses: scoredResults(responses, PULSE_ID, LONDON, notes[PULSE_ID]),
    assessmentNotes: notes[ASSESSMENT_ID],
    pulseNotes: notes[PULSE_ID],
    assessmentId: ASSESSMENT_ID,
    pulseId: PULSE_ID,
  });
}

const weekly = (count: number, start: string, value: (i: number) => number, version = 1) =>
  Array.from({ length: count }, (_, i) => pulse(`${addDays(start, 7 * i)}T09:00:00.000Z`, value(i), version));

describe('elementTrend', () => {
  it('draws the pulse as a line and each self-assessment as a point, with counts and a method line', () => {
    const responses = [...weekly(4, '2026-04-01', (i) => 50 + i), assessment('2026-04-10T09:00:00.000Z', 70)];
    const view = trend(responses, { from: '2026-03-16', to: '2026-06-15' });
    expect(view.aggregation).toBe('each');
    expect(view.series.map((s) => s.label)).toEqual(['Attending', 'Understanding', 'Empathising', 'Helping', 'Overall']);
    expect(view.series[0]?.pulse.map((p) => p.value)).toEqual([50, 51, 52, 53]);
    expect(view.series[0]?.assessment).toEqual([{ date: '2026-04-10', value: 70, n: 1, segment: 0 }]);
    expect(view.counts).toEqual({ assessments: 1, pulses: 4 });
    expect(view.enough).toEqual({ enough: true, have: 4, need: 3 });
    expect(view.method).toBe('Each weekly pulse on the line; each self-assessment as a point.');
    expect(view.summary).toBe('Your four elements from 1 self-assessment and 4 weekly pulses, 1 April 2026 to 22 April 2026; most recently all at 53.');
  });

  it('needs three results for a trend', () => {
    const view = trend(weekly(2, '2026-04-01', () => 50), { from: '2026-03-16', to: '2026-06-15' });
    expect(view.enough).toEqual({ enough: false, have: 2, need: 3 });
    expect(view.summary).toBe('Only 2 weekly pulses in this range so far, not enough yet for a trend: it needs 3 weekly pulses or 3 self-assessments.');
  });

  it('needs three results of one kind: pulses and self-assessments are not added together', () => {
    const responses = [pulse('2026-04-01T09:00:00.000Z', 50), assessment('2026-04-10T09:00:00.000Z', 60), assessment('2026-05-10T09:00:00.000Z', 62)];
    const view = trend(responses, { from: '2026-03-16', to: '2026-06-15' });
    expect(view.enough).toEqual({ enough: false, have: 2, need: 3 });
    expect(view.summary).toBe('Only 2 self-assessments and 1 weekly pulse in this range so far, not enough yet for a trend: it needs 3 weekly pulses or 3 self-assessments.');
  });

  it('needs three results of one kind on questions that can be compared', () => {
    const responses = [...weekly(2, '2026-03-04', () => 40, 1), ...weekly(2, '2026-04-01', () => 80, 2)];
    const view = trend(responses, { from: '2026-03-01', to: '2026-06-15' }, { [PULSE_ID]: NOT_COMPARABLE });
    expect(view.enough).toEqual({ enough: false, have: 2, need: 3 });
    expect(view.summary).toBe('4 weekly pulses in this range, across a change of questions: not enough yet for a trend, which needs 3 weekly pulses or 3 self-assessments on the same questions.');
    const comparable = trend(responses, { from: '2026-03-01', to: '2026-06-15' }, { [PULSE_ID]: [{ version: 2, summary: 'A word changed.', scoresComparable: true }] });
    expect(comparable.enough).toEqual({ enough: true, have: 4, need: 3 });
  });

  it('aggregates a year into weekly means and says how many pulses a point usually rests on', () => {
    const responses = [...weekly(52, '2025-06-18', (i) => 40 + (i % 2) * 10), ...weekly(52, '2025-06-20', () => 60)];
    const view = trend(responses, { from: '2025-06-16', to: '2026-06-15' });
    expect(view.aggregation).toBe('week');
    expect(view.series[0]?.pulse).toHaveLength(52);
    expect(view.series[0]?.pulse[0]).toEqual({ date: '2025-06-16', value: 50, n: 2, segment: 0 });
    expect(view.method).toBe('Weekly means of usually 2 weekly pulses.');
  });

  it('splits the line at a version change that cannot be compared, and marks the boundary with its note', () => {
    const responses = [...weekly(4, '2026-03-04', () => 40, 1), ...weekly(4, '2026-04-01', () => 80, 2)];
    const view = trend(responses, { from: '2026-03-01', to: '2026-06-15' }, { [PULSE_ID]: NOT_COMPARABLE });
    expect(view.series[0]?.pulse.map((p) => p.segment)).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(view.boundaries).toEqual([
      { date: '2026-04-01', questionnaireId: PULSE_ID, fromVersion: 1, toVersion: 2, summary: 'New questions.', scoresComparable: false },
    ]);
  });

  it('keeps one line across a comparable change, still marking it', () => {
    const responses = [...weekly(2, '2026-03-04', () => 40, 1), ...weekly(2, '2026-04-01', () => 42, 2)];
    const view = trend(responses, { from: '2026-03-01', to: '2026-06-15' }, { [PULSE_ID]: [{ version: 2, summary: 'A word changed.', scoresComparable: true }] });
    expect(view.series[0]?.pulse.map((p) => p.segment)).toEqual([0, 0, 0, 0]);
    expect(view.boundaries.map((b) => b.scoresComparable)).toEqual([true]);
  });

  it('splits at a change with no note, and says nothing of what changed', () => {
    const responses = [...weekly(2, '2026-03-04', () => 40, 1), ...weekly(2, '2026-04-01', () => 42, 2)];
    const view = trend(responses, { from: '2026-03-01', to: '2026-06-15' });
    expect(view.series[0]?.pulse.map((p) => p.segment)).toEqual([0, 0, 1, 1]);
    expect(view.boundaries[0]).toMatchObject({ summary: null, scoresComparable: false });
  });

  it('says so when a year has one pulse a week', () => {
    const view = trend(weekly(52, '2025-06-18', () => 50), { from: '2025-06-16', to: '2026-06-15' });
    expect(view.method).toBe('Each week’s pulse on the line, the mean where a week has more than one.');
  });

  it('puts a month that holds both versions into two points', () => {
    const responses = [...weekly(60, '2022-01-05', () => 40, 1), ...weekly(60, addDays('2022-01-05', 416), () => 80, 2)];
    const view = trend(responses, { from: null, to: '2026-06-15' }, { [PULSE_ID]: NOT_COMPARABLE });
    expect(view.aggregation).toBe('month');
    const split = view.series[0]?.pulse.filter((p) => p.date === '2023-02-01');
    expect(split?.map((p) => [p.value, p.segment])).toEqual([
      [40, 0],
      [80, 1],
    ]);
  });

  it('leaves results outside the range out, by their local date', () => {
    const responses = [pulse('2026-03-15T23:30:00.000Z', 10), pulse('2026-03-15T22:30:00.000Z', 20), ...weekly(3, '2026-04-01', () => 50)];
    const view = trend(responses, { from: '2026-03-16', to: '2026-06-15' });
    // 23:30 UTC on 15 March is 15 March in London (winter time): both are outside.
    expect(view.counts.pulses).toBe(3);
    const summer = trend([pulse('2026-03-31T23:30:00.000Z', 10)], { from: '2026-04-01', to: '2026-06-30' });
    expect(summer.series[0]?.pulse).toEqual([{ date: '2026-04-01', value: 10, n: 1, segment: 0 }]);
  });
});
