import { describe, expect, it } from 'vitest';
import type { ElementId } from '../elements/element-ids.ts';
import type { AnsweredItem, AnsweredSection, AssessmentResponse } from '../questionnaire/response.ts';
import { hasEnoughRatings, isElementComplete, keyedValue, largestGap, scoreResponse, scoreSection, tooFewApplied } from './score-response.ts';

const scale = { min: 1, max: 5 };
const ranges = { scale, pairedScale: scale };

/** Builds one "mean" section's scale items from [value, reverse] pairs. */
function scaleItems(sectionId: string, answers: Array<[number | null, boolean?]>): AnsweredItem[] {
  return answers.map(([value, reverse = false], index) => ({ kind: 'scale', itemId: `${sectionId}-${index}`, sectionId, reverse, value }));
}

/** Builds one "gap" section's paired items from [aim, actual] pairs. */
function pairs(sectionId: string, answers: Array<[number | null, number | null]>): AnsweredItem[] {
  return answers.map(([aim, actual], index) => ({ kind: 'paired', itemId: `${sectionId}-${index}`, sectionId, aim, actual }));
}

const mean = (id: string, elementId: ElementId | null = null): AnsweredSection => ({ sectionId: id, elementId, scoring: 'mean' });
const gap = (id: ElementId): AnsweredSection => ({ sectionId: id, elementId: id, scoring: 'gap' });

function response(sections: AnsweredSection[], items: AnsweredItem[], overall: AssessmentResponse['overall'] = 'mean-of-elements') {
  return { sections, items, overall, ...ranges };
}

describe('keyedValue', () => {
  it('keeps a forward item and flips a reverse-keyed one', () => {
    expect(keyedValue(4, false, scale)).toBe(4);
    expect(keyedValue(4, true, scale)).toBe(2);
    expect(keyedValue(1, true, scale)).toBe(5);
    expect(keyedValue(3, true, scale)).toBe(3);
  });

  it('rejects an answer outside the scale', () => {
    expect(() => keyedValue(6, false, scale)).toThrow(RangeError);
    expect(() => keyedValue(0, true, scale)).toThrow(RangeError);
    expect(() => keyedValue(2.5, false, scale)).toThrow(RangeError);
  });
});

describe('a "mean" section', () => {
  const score = (items: AnsweredItem[]) => scoreSection(mean('attending', 'attending'), items, ranges);

  it('scores all minimum answers as 0 and all maximum answers as 100', () => {
    expect(score(scaleItems('attending', [[1], [1], [1], [1], [1]])).score).toBe(0);
    expect(score(scaleItems('attending', [[5], [5], [5], [5], [5]])).score).toBe(100);
  });

  it('scores all reverse-keyed items answered "almost always" as 0, and "rarely" as 100', () => {
    expect(score(scaleItems('attending', [[5, true], [5, true], [5, true]])).score).toBe(0);
    expect(score(scaleItems('attending', [[1, true], [1, true], [1, true]])).score).toBe(100);
  });

  it('mixes forward and reverse items (4, 3, 5 and a reversed 2 → mean 4 → 75)', () => {
    expect(score(scaleItems('attending', [[4], [3], [5], [2, true]]))).toEqual({
      sectionId: 'attending',
      elementId: 'attending',
      scoring: 'mean',
      answered: 4,
      notApplicable: 0,
      total: 4,
      score: 75,
      step: 6.25,
      aim: null,
      actual: null,
      complete: true,
      exact: { score: 75, aim: null, actual: null },
    });
  });

  it('keeps the score before rounding, for the near-edge note', () => {
    expect(score(scaleItems('attending', [[2], [2], [2], [3]])).exact).toEqual({ score: 31.25, aim: null, actual: null });
  });

  it('rounds to the nearest whole point (mean 3.5 → 62.5 → 63)', () => {
    expect(score(scaleItems('attending', [[3], [4], [3], [4]])).score).toBe(63);
  });

  it('scores only the answered items when two thirds are answered (4 of 6)', () => {
    const result = score(scaleItems('attending', [[5], [5], [3], [3], [null], [null]]));
    expect(result).toMatchObject({ answered: 4, total: 6, score: 75, complete: true });
  });

  it('is incomplete, with no score, below two thirds (3 of 6), and with no answers', () => {
    expect(score(scaleItems('attending', [[5], [5], [5], [null], [null], [null]]))).toMatchObject({ complete: false, score: null });
    expect(score(scaleItems('attending', [[null], [null]]))).toMatchObject({ answered: 0, score: null });
  });

  it('scores a two-item pulse section only when both are answered (2 of 2; 1 of 2 is below two thirds)', () => {
    expect(score(scaleItems('attending', [[4], [2, true]])).score).toBe(75);
    expect(score(scaleItems('attending', [[4], [null]])).complete).toBe(false);
  });

  it('ignores free text and choices in the same section', () => {
    const items: AnsweredItem[] = [
      ...scaleItems('attending', [[5], [5]]),
      { kind: 'text', itemId: 'why', sectionId: 'attending', value: 'Because' },
      { kind: 'choice', itemId: 'pick', sectionId: 'attending', value: null },
    ];
    expect(score(items)).toMatchObject({ answered: 2, total: 2, score: 100 });
  });
});

describe('"does not apply" in a "mean" section', () => {
  const score = (items: AnsweredItem[]) => scoreSection(mean('helping', 'helping'), items, ranges);
  /** Scale items from values, where 'na' is an answer of "does not apply". */
  function answered(values: Array<number | null | 'na'>): AnsweredItem[] {
    return values.map((value, index) =>
      value === 'na'
        ? { kind: 'scale', itemId: `helping-${index}`, sectionId: 'helping', reverse: false, value: null, notApplicable: true }
        : { kind: 'scale', itemId: `helping-${index}`, sectionId: 'helping', reverse: false, value },
    );
  }

  it('scores from the rated items only, and counts the ones that did not apply (4 rated, 2 not applying, of 6)', () => {
    expect(score(answered([5, 5, 3, 3, 'na', 'na']))).toMatchObject({ answered: 4, notApplicable: 2, total: 6, score: 75, complete: true });
  });

  it('needs two thirds of the items that apply: 3 rated of 5 that apply is too few, 4 of 5 is enough', () => {
    expect(score(answered([4, 4, 4, null, null, 'na']))).toMatchObject({ answered: 3, notApplicable: 1, complete: false, score: null });
    expect(score(answered([4, 4, 4, 4, null, 'na']))).toMatchObject({ answered: 4, complete: true, score: 75 });
  });

  it('needs at least half of all the items rated, however few apply (2 of 6 rated, 4 not applying)', () => {
    expect(score(answered([4, 4, 'na', 'na', 'na', 'na']))).toMatchObject({ answered: 2, notApplicable: 4, complete: false, score: null });
    expect(score(answered([4, 4, 4, 'na', 'na', 'na']))).toMatchObject({ answered: 3, notApplicable: 3, complete: true, score: 75 });
  });

  it('says when too few applied (not answering more would not help) rather than too few were answered', () => {
    expect(tooFewApplied(score(answered([4, 4, 'na', 'na', 'na', 'na'])))).toBe(true);
    expect(tooFewApplied(score(answered([4, 4, 'na', null, null, null])))).toBe(false);
    expect(tooFewApplied(score(answered([4, 4, 4, 'na', 'na', 'na'])))).toBe(false);
  });

  it('counts a "does not apply" answer as a skip in a section that did not offer it (the pulse’s energy items)', () => {
    const optedOut = (items: AnsweredItem[]) => scoreSection({ ...mean('helping', 'helping'), offersNotApplicable: false }, items, ranges);
    expect(optedOut(answered([4, 4, 4, 4, 'na', 'na']))).toMatchObject({ answered: 4, notApplicable: 0, total: 6, score: 75, complete: true });
    expect(optedOut(answered([1, 2, 'na', 'na', 'na', 'na']))).toMatchObject({ notApplicable: 0, complete: false });
    expect(tooFewApplied(optedOut(answered([1, 2, 'na', 'na', 'na', 'na'])))).toBe(false);
  });

  it('scores a response saved before "does not apply" existed exactly as before (4 of 6 → 75; 3 of 6 incomplete)', () => {
    const old = (values: Array<number | null>) =>
      values.map((value, index) => ({ kind: 'scale' as const, itemId: `helping-${index}`, sectionId: 'helping', reverse: index === 5, value }));
    expect(score(old([5, 5, 3, 3, null, null]))).toMatchObject({ answered: 4, notApplicable: 0, total: 6, score: 75, complete: true });
    expect(score(old([5, 5, 5, null, null, null]))).toMatchObject({ complete: false, score: null });
    expect(score(old([4, 4, 4, 4, 4, 2]))).toMatchObject({ score: 75, complete: true });
  });
});

describe('hasEnoughRatings', () => {
  it('is the two-thirds rule when every item applies', () => {
    for (let total = 1; total <= 8; total++) {
      for (let rated = 0; rated <= total; rated++) expect(hasEnoughRatings(rated, 0, total)).toBe(isElementComplete(rated, total));
    }
  });

  it('needs two thirds of those that apply and half of all', () => {
    expect(hasEnoughRatings(2, 1, 3)).toBe(true); // 2 of 2 that apply, 2 of 3 in all
    expect(hasEnoughRatings(1, 2, 3)).toBe(false); // 1 of 1 that applies, but below half of 3
    expect(hasEnoughRatings(3, 3, 6)).toBe(true);
    expect(hasEnoughRatings(2, 4, 6)).toBe(false);
    expect(hasEnoughRatings(0, 3, 3)).toBe(false);
  });
});

describe('a "gap" section', () => {
  const score = (items: AnsweredItem[]) => scoreSection(gap('helping'), items, ranges);

  it('gives aim and actual on 0–100 and the gap between them (aims 5, 5, 4 → 92; actuals 3, 4, 2 → 50; gap 42)', () => {
    // aim mean 14/3 = 4.667 → 91.7 → 92; actual mean 3 → 50.
    expect(score(pairs('helping', [[5, 3], [5, 4], [4, 2]]))).toMatchObject({ aim: 92, actual: 50, score: 42, complete: true, answered: 3 });
  });

  it('is negative when the leader led above their aim', () => {
    expect(score(pairs('helping', [[3, 4], [3, 5], [3, 3]]))).toMatchObject({ aim: 50, actual: 75, score: -25 });
  });

  it('counts a pair only when both sides are rated', () => {
    const result = score(pairs('helping', [[5, 3], [5, null], [null, 2]]));
    expect(result).toMatchObject({ answered: 1, total: 3, complete: false, score: null, aim: null, actual: null });
  });

  it('says how far one rating a step different moves the gap: 100 / (4 steps × 3 pairs) ≈ 8.3 points', () => {
    expect(score(pairs('helping', [[5, 3], [5, 4], [4, 2]])).step).toBeCloseTo(100 / 12);
    expect(score(pairs('helping', [[5, 3], [null, 4], [null, 2]])).step).toBeNull();
  });

  it('scores with two of three pairs complete, from those two only', () => {
    expect(score(pairs('helping', [[5, 1], [5, 3], [null, 2]]))).toMatchObject({ aim: 100, actual: 25, score: 75 });
  });
});

describe('an unscored section', () => {
  it('has no score but counts what was written', () => {
    const section: AnsweredSection = { sectionId: 'culture', elementId: null, scoring: 'none' };
    const items: AnsweredItem[] = [
      { kind: 'text', itemId: 'a', sectionId: 'culture', value: 'Some thoughts' },
      { kind: 'text', itemId: 'b', sectionId: 'culture', value: null },
    ];
    expect(scoreSection(section, items, ranges)).toMatchObject({ score: null, answered: 1, total: 2, complete: true });
  });
});

describe('isElementComplete', () => {
  it('needs at least two thirds of the items', () => {
    expect(isElementComplete(2, 3)).toBe(true);
    expect(isElementComplete(1, 3)).toBe(false);
    expect(isElementComplete(4, 6)).toBe(true);
    expect(isElementComplete(3, 6)).toBe(false);
    expect(isElementComplete(4, 5)).toBe(true);
    expect(isElementComplete(3, 5)).toBe(false);
    expect(isElementComplete(0, 0)).toBe(false);
  });
});

describe('scoreResponse', () => {
  const elements = [mean('attending', 'attending'), mean('understanding', 'understanding'), mean('empathising', 'empathising'), mean('helping', 'helping')];

  it('averages the four element scores into the overall score (75, 50, 100, 0 → 56)', () => {
    const items = [
      ...scaleItems('attending', [[4], [3], [5], [2, true]]),
      ...scaleItems('understanding', [[3], [3], [3], [3]]),
      ...scaleItems('empathising', [[5], [5], [1, true], [5]]),
      ...scaleItems('helping', [[1], [1], [5, true], [1]]),
    ];
    const result = scoreResponse(response(elements, items));
    expect(result.sections.map((e) => e.score)).toEqual([75, 50, 100, 0]);
    expect(result.overall).toBe(56);
  });

  it('leaves sections without an element (energy) out of the overall', () => {
    const items = [
      ...scaleItems('attending', [[5], [5]]),
      ...scaleItems('understanding', [[3], [3]]),
      ...scaleItems('energy', [[1], [1]]),
    ];
    const result = scoreResponse(response([elements[0]!, elements[1]!, mean('energy')], items));
    expect(result.sections.map((s) => s.score)).toEqual([100, 50, 0]);
    expect(result.overall).toBe(75);
  });

  it('has no overall score when any element is incomplete', () => {
    const items = [
      ...scaleItems('attending', [[5], [5], [5]]),
      ...scaleItems('understanding', [[5], [null], [null]]),
      ...scaleItems('empathising', [[5], [5], [5]]),
      ...scaleItems('helping', [[5], [5], [5]]),
    ];
    const result = scoreResponse(response(elements, items));
    expect(result.overall).toBeNull();
    expect(result.sections[1]).toMatchObject({ sectionId: 'understanding', complete: false });
  });

  it('has no overall score when too few questions applied in any element', () => {
    const items: AnsweredItem[] = [
      ...scaleItems('attending', [[5], [5], [5]]),
      ...scaleItems('understanding', [[5]]),
      ...['u1', 'u2'].map((itemId): AnsweredItem => ({ kind: 'scale', itemId, sectionId: 'understanding', reverse: false, value: null, notApplicable: true })),
      ...scaleItems('empathising', [[5], [5], [5]]),
      ...scaleItems('helping', [[5], [5], [5]]),
    ];
    const result = scoreResponse(response(elements, items));
    expect(result.sections[1]).toMatchObject({ answered: 1, notApplicable: 2, complete: false });
    expect(result.overall).toBeNull();
  });

  it('has no overall score when the questionnaire asks for none', () => {
    const items = scaleItems('attending', [[5], [5]]);
    expect(scoreResponse(response([elements[0]!], items, 'none')).overall).toBeNull();
  });

  it('lists sections in the order they were presented', () => {
    const items = [...scaleItems('helping', [[3], [3], [3]]), ...scaleItems('attending', [[3], [3], [3]])];
    expect(scoreResponse(response([elements[0]!, elements[3]!], items)).sections.map((e) => e.sectionId)).toEqual(['attending', 'helping']);
  });
});

describe('largestGap', () => {
  it('names the complete section with the widest gap, the first on a tie', () => {
    const items = [
      ...pairs('attending', [[5, 4], [5, 4], [5, 4]]), // gap 25
      ...pairs('understanding', [[5, 2], [5, 2], [5, 2]]), // gap 75
      ...pairs('empathising', [[5, 2], [5, 2], [5, 2]]), // gap 75, later
      ...pairs('helping', [[5, 1], [null, null], [null, null]]), // incomplete
    ];
    const score = scoreResponse(response([gap('attending'), gap('understanding'), gap('empathising'), gap('helping')], items, 'none'));
    expect(largestGap(score)?.sectionId).toBe('understanding');
    expect(largestGap(score)?.score).toBe(75);
  });

  it('is undefined when no gap section is complete', () => {
    const score = scoreResponse(response([gap('attending')], pairs('attending', [[5, null], [null, 1], [null, null]]), 'none'));
    expect(largestGap(score)).toBeUndefined();
  });
});

describe('the overall score and gap sections', () => {
  it('leaves gap sections out of the overall, which is a mean of 0–100 scores', () => {
    const items = [...scaleItems('attending', [[3], [3]]), ...pairs('helping', [[5, 1], [5, 1]])];
    const result = scoreResponse(response([mean('attending', 'attending'), gap('helping')], items));
    expect(result.sections.map((s) => s.score)).toEqual([50, 100]);
    expect(result.overall).toBe(50); // not (50 + 100) / 2
  });
});
