import { describe, expect, it } from 'vitest';
import type { AnsweredItem, AnsweredSection, AssessmentResponse } from '../../domain/questionnaire/response.ts';
import { summary } from './past-results.tsx';

function response(sections: AnsweredSection[], items: AnsweredItem[], overall: AssessmentResponse['overall'] = 'none'): AssessmentResponse {
  return { id: 'r', questionnaireId: 'q', questionnaireVersion: 1, startedAt: '', completedAt: '', scale: { min: 1, max: 5 }, pairedScale: { min: 1, max: 5 }, overall, sections, items, notes: {} };
}
const scale = (sectionId: string, value: number | null): AnsweredItem => ({ kind: 'scale', itemId: `${sectionId}-${value}`, sectionId, reverse: false, value });
const pair = (sectionId: string, aim: number, actual: number): AnsweredItem => ({ kind: 'paired', itemId: `${sectionId}-p`, sectionId, aim, actual });

describe('the one-line summary of a past result', () => {
  it('describes each kind of instrument truthfully', () => {
    const mean = (id: string): AnsweredSection => ({ sectionId: id, elementId: null, scoring: 'mean' });
    const gap = (id: string): AnsweredSection => ({ sectionId: id, elementId: 'helping', scoring: 'gap' });
    expect(summary(response([mean('a')], [scale('a', 5)], 'mean-of-elements'))).toBe('Some sections not scored');
    expect(summary(response([{ sectionId: 'a', elementId: 'attending', scoring: 'mean' }], [scale('a', 5)], 'mean-of-elements'))).toBe('Overall 100 out of 100');
    expect(summary(response([mean('a')], [scale('a', 3)]))).toBe('50 out of 100');
    expect(summary(response([mean('a'), mean('b')], [scale('a', 3), scale('b', null)]))).toBe('1 of 2 sections scored');
    expect(summary(response([mean('a')], [scale('a', null)]))).toBe('Not enough answers to score');
    const notApplicable = (sectionId: string, n: number): AnsweredItem => ({ kind: 'scale', itemId: `${sectionId}-na${n}`, sectionId, reverse: false, value: null, notApplicable: true });
    expect(summary(response([mean('a')], [scale('a', 4), notApplicable('a', 1), notApplicable('a', 2)]))).toBe('Too few questions applied to score');
    expect(summary(response([gap('h')], [pair('h', 5, 2)]))).toBe('Largest gap 75 points');
    expect(summary(response([gap('h')], [pair('h', 2, 5)]))).toBe('At or above your aim');
    expect(summary(response([{ sectionId: 't', elementId: null, scoring: 'none' }], [{ kind: 'text', itemId: 't1', sectionId: 't', value: 'words' }]))).toBe('Written reflection');
  });
});
