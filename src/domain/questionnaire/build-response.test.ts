import { describe, expect, it } from 'vitest';
import type { ScoredQuestionnaire } from './build-response.ts';
import { buildResponse, newDraft, scaleRange } from './build-response.ts';
import { NOT_APPLICABLE } from './response.ts';

const questionnaire: ScoredQuestionnaire = {
  id: 'q',
  version: 3,
  scale: { options: [{ value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }, { value: 5 }] },
  pairedScale: { options: [{ value: 0 }, { value: 1 }, { value: 2 }, { value: 3 }] },
  overall: 'mean-of-elements',
  sections: [
    { id: 'a', element: 'attending', scoring: 'mean', items: [{ type: 'scale', id: 'a1', reverse: false }, { type: 'scale', id: 'a2', reverse: true }] },
    { id: 'h', element: 'helping', scoring: 'gap', items: [{ type: 'paired', id: 'h1' }, { type: 'paired', id: 'h2' }] },
    {
      id: 'open',
      scoring: 'none',
      items: [
        { type: 'choice', id: 'c1', options: [{ id: 'yes' }, { id: 'no' }] },
        { type: 'text', id: 't1' },
        { type: 'text', id: 't2' },
      ],
    },
  ],
};

describe('buildResponse', () => {
  it('records every section and item as presented, with the questionnaire id and version, reverse flags and answers', () => {
    const draft = {
      ...newDraft(questionnaire, new Date('2026-11-01T09:00:00Z')),
      answers: { a2: 4, h1: { aim: 3, actual: 1 }, h2: { aim: 2 }, c1: 'no', t1: 'Line one\nLine two', t2: '   ' },
      notes: { a: 'They might say I rush.', h: '' },
    };
    const response = buildResponse(questionnaire, draft, 'r1', new Date('2026-11-01T09:10:00Z'));
    expect(response).toEqual({
      id: 'r1',
      questionnaireId: 'q',
      questionnaireVersion: 3,
      startedAt: '2026-11-01T09:00:00.000Z',
      completedAt: '2026-11-01T09:10:00.000Z',
      scale: { min: 1, max: 5 },
      pairedScale: { min: 0, max: 3 },
      overall: 'mean-of-elements',
      sections: [
        { sectionId: 'a', elementId: 'attending', scoring: 'mean' },
        { sectionId: 'h', elementId: 'helping', scoring: 'gap' },
        { sectionId: 'open', elementId: null, scoring: 'none' },
      ],
      items: [
        { kind: 'scale', itemId: 'a1', sectionId: 'a', reverse: false, value: null },
        { kind: 'scale', itemId: 'a2', sectionId: 'a', reverse: true, value: 4 },
        { kind: 'paired', itemId: 'h1', sectionId: 'h', aim: 3, actual: 1 },
        { kind: 'paired', itemId: 'h2', sectionId: 'h', aim: 2, actual: null },
        { kind: 'choice', itemId: 'c1', sectionId: 'open', value: 'no' },
        { kind: 'text', itemId: 't1', sectionId: 'open', value: 'Line one\nLine two' },
        { kind: 'text', itemId: 't2', sectionId: 'open', value: null },
      ],
      notes: { a: 'They might say I rush.' },
    });
  });

  it('records "does not apply" on a scale item as no value, flagged, when the scale offers it', () => {
    const offered = { ...questionnaire, scale: { ...questionnaire.scale!, notApplicable: 'Does not apply to my role' } };
    const draft = { ...newDraft(offered, new Date()), answers: { a1: NOT_APPLICABLE, a2: 4 } };
    const items = buildResponse(offered, draft, 'r1', new Date()).items;
    expect(items[0]).toEqual({ kind: 'scale', itemId: 'a1', sectionId: 'a', reverse: false, value: null, notApplicable: true });
    expect(items[1]).toEqual({ kind: 'scale', itemId: 'a2', sectionId: 'a', reverse: true, value: 4 });
  });

  it('treats "does not apply" as no answer in a section that does not offer it, and records that on the section', () => {
    const offered = { ...questionnaire, scale: { ...questionnaire.scale!, notApplicable: 'Did not come up this week' } };
    const optedOut = { ...offered, sections: [{ ...offered.sections[0]!, offersNotApplicable: false }, ...offered.sections.slice(1)] };
    const draft = { ...newDraft(optedOut, new Date()), answers: { a1: NOT_APPLICABLE, a2: 4 } };
    const response = buildResponse(optedOut, draft, 'r1', new Date());
    expect(response.items[0]).toEqual({ kind: 'scale', itemId: 'a1', sectionId: 'a', reverse: false, value: null });
    expect(response.sections[0]).toEqual({ sectionId: 'a', elementId: 'attending', scoring: 'mean', offersNotApplicable: false });
    // Sections that offer it, and every section of a scale without it, keep the shape they always had.
    expect(response.sections[1]).toEqual({ sectionId: 'h', elementId: 'helping', scoring: 'gap' });
    expect(buildResponse(offered, draft, 'r1', new Date()).sections[0]).toEqual({ sectionId: 'a', elementId: 'attending', scoring: 'mean' });
  });

  it('treats "does not apply" as no answer when the scale does not offer it', () => {
    const draft = { ...newDraft(questionnaire, new Date()), answers: { a1: NOT_APPLICABLE } };
    expect(buildResponse(questionnaire, draft, 'r1', new Date()).items[0]).toEqual({ kind: 'scale', itemId: 'a1', sectionId: 'a', reverse: false, value: null });
  });

  it('drops a choice that is not one of the options', () => {
    const draft = { ...newDraft(questionnaire, new Date()), answers: { c1: 'maybe' } };
    expect(buildResponse(questionnaire, draft, 'r1', new Date()).items.find((i) => i.itemId === 'c1')).toMatchObject({ value: null });
  });

  it('refuses a draft of another questionnaire version', () => {
    const draft = newDraft({ id: 'q', version: 2 }, new Date());
    expect(() => buildResponse(questionnaire, draft, 'r1', new Date())).toThrow(/v2/);
  });
});

describe('scaleRange', () => {
  it('reads the lowest and highest option values, or null without a scale', () => {
    expect(scaleRange(questionnaire)).toEqual({ min: 1, max: 5 });
    expect(scaleRange({})).toBeNull();
  });
});
