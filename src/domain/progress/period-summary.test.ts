import { describe, expect, it } from 'vitest';
import type { AssessmentResponse } from '../questionnaire/response.ts';
import type { VersionChange } from '../questionnaire/version-boundaries.ts';
import { addDays } from '../weekly/weeks.ts';
import { periodSummaries, quantile } from './period-summary.ts';
import type { DateWindow } from './progress-types.ts';
import { ASSESSMENT_ID, PULSE_ID } from './progress-types.ts';
import { scoredResults } from './scored-results.ts';
import { assessment, pulse } from './testing/progress-factory.ts';

const WINDOW: DateWindow = { from: '2025-06-16', to: '2026-06-15' };

function summaries(responses: readonly AssessmentResponse[], notes: Record<string, readonly VersionChange[]> = {}) {
  return periodSummaries(scoredResults(responses, PULSE_ID, 'Europe/London', notes[PULSE_ID]), scoredResults(responses, ASSESSMENT_ID, 'Europe/London', notes[ASSESSMENT_ID]), WINDOW);
}

const weekly = (values: readonly number[], version = 1, start = '2026-01-07') =>
  values.map((v, i) => pulse(`${addDays(start, 7 * i)}T09:00:00.000Z`, v, version));

describe('quantile', () => {
  it('interpolates between sorted values at (n − 1) × p', () => {
    expect(quantile([10, 20, 30, 40], 0.25)).toBe(17.5);
    expect(quantile([10, 20, 30, 40], 0.75)).toBe(32.5);
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(quantile([7], 0.75)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe('periodSummaries', () => {
  it('gives the mean, median, quartiles and range of the pulses in the range', () => {
    const [attending, , , , overall] = summaries(weekly([40, 60, 50, 90, 70]));
    expect(attending).toEqual({
      seriesId: 'attending',
      label: 'Attending',
      n: 5,
      basis: 'pulse',
      from: null,
      mean: 62,
      median: 60,
      lowerQuartile: 50,
      upperQuartile: 70,
      min: 40,
      max: 90,
    });
    expect(overall?.label).toBe('Overall');
  });

  it('gives only the count below three results', () => {
    expect(summaries(weekly([40, 60]))[0]).toEqual({
      seriesId: 'attending',
      label: 'Attending',
      n: 2,
      basis: 'pulse',
      from: null,
      mean: null,
      median: null,
      lowerQuartile: null,
      upperQuartile: null,
      min: null,
      max: null,
    });
    expect(summaries([])[0]).toMatchObject({ n: 0, basis: null, mean: null });
  });

  it('uses the self-assessments when the pulses are too few', () => {
    const responses = [...weekly([90]), ...[50, 60, 70].map((v, i) => assessment(`${addDays('2025-08-01', 90 * i)}T09:00:00.000Z`, v))];
    expect(summaries(responses)[0]).toMatchObject({ n: 3, basis: 'assessment', mean: 60, median: 60 });
  });

  it('never pools two versions that cannot be compared: only the latest in the range counts', () => {
    const responses = [...weekly([10, 10, 10, 10], 1), ...weekly([70, 80, 90], 2, '2026-03-04')];
    const notes = { [PULSE_ID]: [{ version: 2, summary: 'New questions.', scoresComparable: false }] };
    expect(summaries(responses, notes)[0]).toMatchObject({ n: 3, mean: 80, min: 70, max: 90 });
    const comparable = { [PULSE_ID]: [{ version: 2, summary: 'A word changed.', scoresComparable: true }] };
    expect(summaries(responses, comparable)[0]).toMatchObject({ n: 7, min: 10, max: 90 });
  });

  it('says from which date the figures run when the range holds results from before a change of questions', () => {
    const responses = [...weekly([10, 10, 10, 10], 1), ...weekly([70, 80, 90], 2, '2026-03-04')];
    const notes = { [PULSE_ID]: [{ version: 2, summary: 'New questions.', scoresComparable: false }] };
    expect(summaries(responses, notes).map((s) => s.from)).toEqual(Array(5).fill('2026-03-04'));
    const comparable = { [PULSE_ID]: [{ version: 2, summary: 'A word changed.', scoresComparable: true }] };
    expect(summaries(responses, comparable)[0]?.from).toBeNull();
    expect(summaries(weekly([40, 60, 50]))[0]?.from).toBeNull();
    expect(summaries([])[0]?.from).toBeNull();
  });
});
