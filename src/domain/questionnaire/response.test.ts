import { describe, expect, it } from 'vitest';
import { scoreResponse } from '../scoring/score-response.ts';
import type { LegacyResponse } from './response.ts';
import { countAnswers, isAnswered, NOT_APPLICABLE, upgradeResponse } from './response.ts';

const legacy: LegacyResponse = {
  id: 'old',
  questionnaireId: 'compassionate-leadership',
  questionnaireVersion: 1,
  startedAt: '2026-09-14T19:30:02.000Z',
  completedAt: '2026-09-14T19:42:10.000Z',
  scale: { min: 1, max: 5 },
  items: [
    { itemId: 'a1', elementId: 'attending', reverse: false, value: 5 },
    { itemId: 'a2', elementId: 'attending', reverse: true, value: 1 },
    { itemId: 'h1', elementId: 'helping', reverse: false, value: 3 },
    { itemId: 'h2', elementId: 'helping', reverse: false, value: null },
    { itemId: 'h3', elementId: 'helping', reverse: false, value: 3 },
  ],
};

describe('upgradeResponse', () => {
  it('reads a response saved before the reflection library as one mean-scored section per element', () => {
    const upgraded = upgradeResponse(legacy);
    expect(upgraded.sections).toEqual([
      { sectionId: 'attending', elementId: 'attending', scoring: 'mean' },
      { sectionId: 'helping', elementId: 'helping', scoring: 'mean' },
    ]);
    expect(upgraded.items[1]).toEqual({ kind: 'scale', itemId: 'a2', sectionId: 'attending', reverse: true, value: 1 });
    expect(upgraded).toMatchObject({ overall: 'mean-of-elements', pairedScale: null, notes: {}, questionnaireVersion: 1 });
  });

  it('scores the old shape exactly as it was scored when saved (attending 100, helping 50, overall 75)', () => {
    const score = scoreResponse(upgradeResponse(legacy));
    expect(score.sections.map((s) => s.score)).toEqual([100, 50]);
    expect(score.overall).toBe(75);
  });

  it('leaves a response in today’s shape as it is', () => {
    const today = upgradeResponse(legacy);
    expect(upgradeResponse(today)).toBe(today);
  });
});

describe('countAnswers', () => {
  it('counts ratings, half-rated pairs, choices and non-blank text, but not blank text or empty pairs', () => {
    expect(countAnswers({ answers: { a: 3, b: { aim: 2 }, c: 'yes', d: '  ', e: {}, f: 'words' } })).toBe(4);
    expect(isAnswered(undefined)).toBe(false);
  });

  it('counts "does not apply" as answered', () => {
    expect(countAnswers({ answers: { a: 3, b: NOT_APPLICABLE } })).toBe(2);
  });
});
