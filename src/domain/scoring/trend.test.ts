import { describe, expect, it } from 'vitest';
import type { AssessmentResponse } from '../questionnaire/response.ts';
import { buildTrend } from './trend.ts';

function response(id: string, completedAt: string, version: number, value: number): AssessmentResponse {
  return {
    id,
    questionnaireId: 'q',
    questionnaireVersion: version,
    startedAt: completedAt,
    completedAt,
    scale: { min: 1, max: 5 },
    pairedScale: null,
    overall: 'mean-of-elements',
    sections: [{ sectionId: 'attending', elementId: 'attending', scoring: 'mean' }],
    items: [{ kind: 'scale', itemId: `i-v${version}`, sectionId: 'attending', reverse: false, value }],
    notes: {},
  };
}

describe('buildTrend', () => {
  it('orders results oldest first and marks where the version changed', () => {
    const trend = buildTrend([
      response('c', '2026-10-01T09:00:00Z', 2, 5),
      response('a', '2026-06-01T09:00:00Z', 1, 1),
      response('b', '2026-08-01T09:00:00Z', 1, 3),
      response('d', '2026-11-01T09:00:00Z', 2, 4),
    ]);
    expect(trend.map((p) => [p.responseId, p.version, p.changedFrom, p.score.overall])).toEqual([
      ['a', 1, null, 0],
      ['b', 1, null, 50],
      ['c', 2, 1, 100],
      ['d', 2, null, 75],
    ]);
  });

  it('is empty for no results', () => {
    expect(buildTrend([])).toEqual([]);
  });
});
