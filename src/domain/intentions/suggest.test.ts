import { describe, expect, it } from 'vitest';
import type { ResponseScore, SectionScore } from '../scoring/score-response.ts';
import type { SuggestionSource } from './suggest.ts';
import { MAX_SUGGESTIONS, suggestIntentions } from './suggest.ts';

function band(min: number, max: number, prefix: string) {
  return { min, max, practices: [{ title: `${prefix} one`, description: 'd1' }, { title: `${prefix} two`, description: 'd2' }] };
}

const content: SuggestionSource = {
  sections: [
    { id: 'attending', element: 'attending', bands: [band(0, 39, 'Attend low'), band(40, 100, 'Attend high')] },
    { id: 'helping', element: 'helping', bands: [band(0, 39, 'Help low'), band(40, 100, 'Help high')] },
    { id: 'energy', bands: [band(0, 49, 'Rest'), band(50, 100, 'Keep')] },
  ],
};

function section(sectionId: string, scoring: SectionScore['scoring'], value: number | null, elementId: SectionScore['elementId'] = null): SectionScore {
  return { sectionId, elementId, scoring, answered: 2, notApplicable: 0, total: 2, score: value, aim: null, actual: null, complete: value !== null, step: null };
}

describe('suggestIntentions', () => {
  it('focuses a scored result on its lowest element and offers its band’s practices first', () => {
    const score: ResponseScore = {
      overall: null,
      sections: [section('attending', 'mean', 80, 'attending'), section('helping', 'mean', 20, 'helping'), section('energy', 'mean', 10)],
    };
    const { focus, practices } = suggestIntentions(score, content);
    expect(focus?.sectionId).toBe('helping');
    expect(practices.map((p) => p.title)).toEqual(['Help low one', 'Help low two', 'Attend high one', 'Attend high two', 'Rest one', 'Rest two']);
    expect(practices[0]!.elementId).toBe('helping');
  });

  it('focuses a presence result on the largest gap, banding a negative gap as the lowest band', () => {
    const score: ResponseScore = {
      overall: null,
      sections: [section('attending', 'gap', -10, 'attending'), section('helping', 'gap', 30, 'helping')],
    };
    const { focus, practices } = suggestIntentions(score, content);
    expect(focus?.sectionId).toBe('helping');
    expect(practices.map((p) => p.title)).toEqual(['Help low one', 'Help low two', 'Attend low one', 'Attend low two']);
  });

  it('has no focus when nothing is scored', () => {
    const score: ResponseScore = { overall: null, sections: [section('attending', 'mean', null, 'attending')] };
    expect(suggestIntentions(score, content)).toEqual({ focus: undefined, practices: [] });
  });

  it('never offers more than the maximum', () => {
    const many: SuggestionSource = {
      sections: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, bands: [band(0, 100, id)] })),
    };
    const score: ResponseScore = { overall: null, sections: ['a', 'b', 'c', 'd', 'e'].map((id) => section(id, 'mean', 50)) };
    expect(suggestIntentions(score, many).practices).toHaveLength(MAX_SUGGESTIONS);
  });

  it('focuses on the lowest section when few sections are elements (inclusive leadership)', () => {
    const mixed: SuggestionSource = {
      sections: [
        { id: 'selection', bands: [band(0, 100, 'Select')] },
        { id: 'flexible', element: 'helping', bands: [band(0, 100, 'Flex')] },
        { id: 'safety', bands: [band(0, 100, 'Safe')] },
      ],
    };
    const score: ResponseScore = {
      overall: null,
      sections: [section('selection', 'mean', 30), section('flexible', 'mean', 90, 'helping'), section('safety', 'mean', 60)],
    };
    expect(suggestIntentions(score, mixed).focus?.sectionId).toBe('selection');
  });
});
