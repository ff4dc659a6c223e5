import { describe, expect, it } from 'vitest';
import { newDraft } from './build-response.ts';
import type { AimsQuestionnaire } from './carry-aims.ts';
import { carryAims, withCarriedItems } from './carry-aims.ts';
import type { AnsweredItem } from './response.ts';
import { countAnswers } from './response.ts';

const options = [1, 2, 3, 4, 5].map((value) => ({ value }));
const questionnaire: AimsQuestionnaire & { id: string; version: number } = {
  id: 'presence',
  version: 2,
  pairedScale: { options, reuseAims: true },
  sections: [
    { items: [{ type: 'paired', id: 'p1' }, { type: 'paired', id: 'p2' }, { type: 'text', id: 't1' }] },
    { items: [{ type: 'paired', id: 'p3' }] },
  ],
};
const pair = (itemId: string, aim: number | null, actual: number | null): AnsweredItem => ({ kind: 'paired', itemId, sectionId: 's', aim, actual });
const latest = {
  questionnaireId: 'presence',
  completedAt: '2026-11-12T18:00:00.000Z',
  items: [pair('p1', 5, 3), pair('p2', null, 4), pair('p3', 4, 4), pair('gone', 5, 5)],
};
const draft = () => newDraft(questionnaire, new Date('2026-11-19T18:00:00Z'));

describe('carryAims', () => {
  it('fills each aim from the latest response, by item id, and says where they came from', () => {
    const carried = carryAims(questionnaire, draft(), latest);
    expect(carried.answers).toEqual({ p1: { aim: 5 }, p3: { aim: 4 } });
    expect(carried.carriedAims).toEqual({ from: '2026-11-12T18:00:00.000Z', changing: [], items: ['p1', 'p3'] });
  });

  it('leaves the draft as it is the first time, or when the questionnaire does not reuse aims', () => {
    expect(carryAims(questionnaire, draft(), undefined)).toEqual(draft());
    const asked = { ...questionnaire, pairedScale: { options } };
    expect(carryAims(asked, draft(), latest)).toEqual(draft());
  });

  it('carries no aim outside the scale of this version', () => {
    const threePoint = { ...questionnaire, pairedScale: { options: options.slice(0, 3), reuseAims: true } };
    expect(carryAims(threePoint, draft(), latest).answers).toEqual({});
  });

  it('does not count a carried aim as an answer until the actual is rated', () => {
    const carried = carryAims(questionnaire, draft(), latest);
    expect(countAnswers(carried)).toBe(0);
    expect(countAnswers({ ...carried, answers: { ...carried.answers, p1: { aim: 5, actual: 4 } } })).toBe(1);
  });

  it('counts a pair that was not carried as soon as either rating is given', () => {
    const carried = carryAims(questionnaire, draft(), latest);
    expect(countAnswers({ ...carried, answers: { ...carried.answers, p2: { aim: 4 } } })).toBe(1);
  });

  it('names the carried items of a draft saved before they were recorded, from the aims it holds when opened', () => {
    const older = { ...draft(), answers: { p1: { aim: 5 }, p2: { actual: 3 } }, carriedAims: { from: latest.completedAt, changing: [] } };
    expect(withCarriedItems(older).carriedAims).toEqual({ from: latest.completedAt, changing: [], items: ['p1'] });
    const recorded = carryAims(questionnaire, draft(), latest);
    expect(withCarriedItems(recorded)).toBe(recorded);
  });
});
