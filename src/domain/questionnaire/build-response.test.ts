import { describe, expect, it } from 'vitest';
import { buildResponse, newDraft, scaleRange } from './build-response.ts';

const questionnaire = {
  id: 'q',
  version: 3,
  scale: { options: [{ value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }, { value: 5 }] },
  elements: [
    { id: 'attending' as const, items: [{ id: 'a1', reverse: false }, { id: 'a2', reverse: true }] },
    { id: 'helping' as const, items: [{ id: 'h1', reverse: false }] },
  ],
};

describe('buildResponse', () => {
  it('records every item as presented, with the questionnaire id and version, reverse flags and answers', () => {
    const draft = { ...newDraft(questionnaire, new Date('2026-11-01T09:00:00Z')), answers: { a2: 4, h1: 1 } };
    const response = buildResponse(questionnaire, draft, 'r1', new Date('2026-11-01T09:10:00Z'));
    expect(response).toEqual({
      id: 'r1',
      questionnaireId: 'q',
      questionnaireVersion: 3,
      startedAt: '2026-11-01T09:00:00.000Z',
      completedAt: '2026-11-01T09:10:00.000Z',
      scale: { min: 1, max: 5 },
      items: [
        { itemId: 'a1', elementId: 'attending', reverse: false, value: null },
        { itemId: 'a2', elementId: 'attending', reverse: true, value: 4 },
        { itemId: 'h1', elementId: 'helping', reverse: false, value: 1 },
      ],
    });
  });

  it('refuses a draft of another questionnaire version', () => {
    const draft = newDraft({ id: 'q', version: 2 }, new Date());
    expect(() => buildResponse(questionnaire, draft, 'r1', new Date())).toThrow(/v2/);
  });
});

describe('scaleRange', () => {
  it('reads the lowest and highest option values', () => {
    expect(scaleRange(questionnaire)).toEqual({ min: 1, max: 5 });
  });
});
