import { describe, expect, it } from 'vitest';
import type { AssessmentResponse } from '../questionnaire/response.ts';
import { presenceGapView } from './presence-gap.ts';
import type { DateWindow } from './progress-types.ts';
import { PRESENCE_ID } from './progress-types.ts';
import { scoredResults } from './scored-results.ts';
import { presence } from './testing/progress-factory.ts';

const WINDOW: DateWindow = { from: '2025-06-16', to: '2026-06-15' };

function gaps(responses: readonly AssessmentResponse[], notes = [{ version: 2, summary: 'New questions.', scoresComparable: false }]) {
  return presenceGapView({ window: WINDOW, checks: scoredResults(responses, PRESENCE_ID, 'Europe/London', notes), notes, questionnaireId: PRESENCE_ID });
}

describe('presenceGapView', () => {
  it('gives each check in the range as a point, per element, and names the widest gap of the latest', () => {
    const responses = [
      presence('2025-01-10T09:00:00.000Z', { helping: { aim: 90, actual: 10 } }),
      presence('2025-10-10T09:00:00.000Z', { attending: { aim: 80, actual: 70 }, helping: { aim: 90, actual: 60 } }),
      presence('2026-02-10T09:00:00.000Z', { attending: { aim: 80, actual: 62 }, understanding: { aim: 80, actual: 70 }, helping: { aim: 90, actual: 81 } }),
    ];
    const view = gaps(responses);
    expect(view.points).toHaveLength(2);
    expect(view.points[1]).toEqual({
      date: '2026-02-10',
      responseId: responses[2]?.id,
      segment: 0,
      byElement: { attending: { aim: 80, actual: 62, gap: 18 }, understanding: { aim: 80, actual: 70, gap: 10 }, empathising: null, helping: { aim: 90, actual: 81, gap: 9 } },
    });
    expect(view.widest).toEqual({ elementId: 'attending', gap: 18, date: '2026-02-10' });
    expect(view.counts).toEqual({ checks: 2 });
    expect(view.enough).toEqual({ enough: false, have: 2, need: 3 });
    expect(view.summary).toBe('In your latest presence check, of 10 February 2026, your widest gap is attending: you aim for 80 and led at 62, 18 points apart.');
  });

  it('takes the first element in order on a tie', () => {
    const view = gaps([presence('2026-02-10T09:00:00.000Z', { empathising: { aim: 80, actual: 70 }, understanding: { aim: 70, actual: 60 } })]);
    expect(view.widest?.elementId).toBe('understanding');
  });

  it('says so plainly when the leader led at or above every aim', () => {
    const view = gaps([presence('2026-02-10T09:00:00.000Z', { attending: { aim: 60, actual: 70 }, helping: { aim: 60, actual: 60 } })]);
    expect(view.summary).toBe('In your latest presence check, of 10 February 2026, you led at or above your aim on every element.');
    expect(view.widest).toBeNull();
  });

  it('names as widest only a gap above 0, however far above the aim another element is', () => {
    const above = gaps([presence('2026-02-10T09:00:00.000Z', { attending: { aim: 60, actual: 80 }, understanding: { aim: 60, actual: 65 } })]);
    expect(above.widest).toBeNull();
    const mixed = gaps([presence('2026-02-10T09:00:00.000Z', { attending: { aim: 60, actual: 90 }, helping: { aim: 60, actual: 55 } })]);
    expect(mixed.widest).toEqual({ elementId: 'helping', gap: 5, date: '2026-02-10' });
  });

  it('has no points, no widest gap and not enough with no checks', () => {
    expect(gaps([])).toMatchObject({ points: [], widest: null, summary: 'No presence check in this range yet.', enough: { enough: false, have: 0 } });
  });

  it('marks a version change in the range and numbers the segments', () => {
    const responses = [presence('2025-10-10T09:00:00.000Z', { helping: { aim: 90, actual: 60 } }), { ...presence('2026-02-10T09:00:00.000Z', { helping: { aim: 90, actual: 80 } }), questionnaireVersion: 2 }];
    const view = gaps(responses);
    expect(view.points.map((p) => p.segment)).toEqual([0, 1]);
    expect(view.boundaries).toEqual([{ date: '2026-02-10', questionnaireId: PRESENCE_ID, fromVersion: 1, toVersion: 2, summary: 'New questions.', scoresComparable: false }]);
  });
});
