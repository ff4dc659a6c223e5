import { describe, expect, it } from 'vitest';
import { assessment, presence, pulse } from '../progress/testing/progress-factory.ts';
import { buildReport } from './results-report.ts';

const noLabels = () => undefined;

describe('buildReport', () => {
  it('groups results by questionnaire, newest first, the most recently used questionnaire first', () => {
    const oldPulse = pulse('2026-01-05T09:00:00.000Z', 40);
    const newPulse = pulse('2026-03-02T09:00:00.000Z', 60);
    const selfAssessment = assessment('2026-02-10T09:00:00.000Z', 50);
    const check = presence('2026-01-20T09:00:00.000Z', { attending: { aim: 80, actual: 60 } });
    const groups = buildReport([oldPulse, selfAssessment, check, newPulse], noLabels);
    expect(groups.map((g) => g.questionnaireId)).toEqual(['weekly-pulse', 'compassionate-leadership', 'leadership-presence']);
    expect(groups[0]!.results.map((r) => r.response.id)).toEqual([newPulse.id, oldPulse.id]);
    expect(groups[0]!.results[0]!.rows.map((row) => [row.section, row.score])).toEqual([
      ['pulse-attending', 60],
      ['pulse-understanding', 60],
      ['pulse-empathising', 60],
      ['pulse-helping', 60],
      ['pulse-energy', 10],
      ['Overall', 60],
    ]);
  });

  it('keeps a result with no scored section, with no rows', () => {
    const written = { ...pulse('2026-01-05T09:00:00.000Z', 40), questionnaireId: 'clinical-key-questions', overall: 'none' as const };
    written.sections = [{ sectionId: 'questions', elementId: null, scoring: 'none' }];
    written.items = [{ kind: 'text', itemId: 'q1', sectionId: 'questions', value: 'Private words' }];
    const [group] = buildReport([written], noLabels);
    expect(group!.results).toHaveLength(1);
    expect(group!.results[0]!.rows).toEqual([]);
  });
});
