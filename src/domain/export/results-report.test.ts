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
    const [pulses, , checks] = groups;
    expect(pulses!.results.map((r) => r.response.id)).toEqual([newPulse.id, oldPulse.id]);
    expect(pulses!.columns.map((c) => c.sectionId)).toEqual(['pulse-attending', 'pulse-understanding', 'pulse-empathising', 'pulse-helping', 'pulse-energy']);
    expect(pulses!.hasOverall).toBe(true);
    expect(pulses!.results[0]!.sections.get('pulse-energy')!.score).toBe(10);
    expect(pulses!.results[0]!.overall!.score).toBe(60);
    expect(checks!.hasOverall).toBe(false);
    expect(checks!.columns.every((c) => c.kind === 'gap')).toBe(true);
    expect(checks!.results[0]!.sections.get('presence-attending')).toMatchObject({ aim: 80, actual: 60, gap: 20 });
  });

  it('gives a group the union of its results’ sections, named by the newest result that has each', () => {
    const older = pulse('2026-01-05T09:00:00.000Z', 40);
    const newer = pulse('2026-03-02T09:00:00.000Z', 60, 2);
    // Version 2 no longer asks about energy.
    newer.sections = newer.sections.filter((s) => s.sectionId !== 'pulse-energy');
    newer.items = newer.items.filter((i) => i.sectionId !== 'pulse-energy');
    const labels = (_id: string, version: number) => ({ title: 'Pulse', sections: [{ id: 'pulse-attending', title: `Attending v${version}` }] });
    const [group] = buildReport([older, newer], labels);
    expect(group!.columns.map((c) => c.title)).toEqual(['Attending v2', 'pulse-understanding', 'pulse-empathising', 'pulse-helping', 'pulse-energy']);
    expect(group!.results[0]!.sections.has('pulse-energy')).toBe(false);
  });

  it('keeps a result with no scored section, with no scores', () => {
    const written = { ...pulse('2026-01-05T09:00:00.000Z', 40), questionnaireId: 'clinical-key-questions', overall: 'none' as const };
    written.sections = [{ sectionId: 'questions', elementId: null, scoring: 'none' }];
    written.items = [{ kind: 'text', itemId: 'q1', sectionId: 'questions', value: 'Private words' }];
    const [group] = buildReport([written], noLabels);
    expect(group!.results).toHaveLength(1);
    expect(group!.columns).toEqual([]);
    expect(group!.results[0]!.sections.size).toBe(0);
  });
});
