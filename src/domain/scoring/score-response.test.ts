import { describe, expect, it } from 'vitest';
import type { ElementId } from '../elements/element-ids.ts';
import { ELEMENT_IDS } from '../elements/element-ids.ts';
import type { AnsweredItem } from './score-response.ts';
import { isElementComplete, keyedValue, scoreElement, scoreResponse } from './score-response.ts';

const scale = { min: 1, max: 5 };

/** Builds the items of one element from [value, reverse] pairs. */
function items(elementId: ElementId, answers: Array<[number | null, boolean?]>): AnsweredItem[] {
  return answers.map(([value, reverse = false], index) => ({ itemId: `${elementId}-${index}`, elementId, reverse, value }));
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

describe('scoreElement', () => {
  it('scores all minimum answers as 0', () => {
    expect(scoreElement('attending', items('attending', [[1], [1], [1], [1], [1]]), scale).score).toBe(0);
  });

  it('scores all maximum answers as 100', () => {
    expect(scoreElement('attending', items('attending', [[5], [5], [5], [5], [5]]), scale).score).toBe(100);
  });

  it('scores all reverse-keyed items answered "almost always" as 0, and "rarely" as 100', () => {
    const high = items('helping', [[5, true], [5, true], [5, true], [5, true], [5, true]]);
    const low = items('helping', [[1, true], [1, true], [1, true], [1, true], [1, true]]);
    expect(scoreElement('helping', high, scale).score).toBe(0);
    expect(scoreElement('helping', low, scale).score).toBe(100);
  });

  it('mixes forward and reverse items (4, 3, 5 and a reversed 2 → mean 4 → 75)', () => {
    const result = scoreElement('empathising', items('empathising', [[4], [3], [5], [2, true]]), scale);
    expect(result).toEqual({ elementId: 'empathising', answered: 4, total: 4, score: 75, complete: true });
  });

  it('rounds to the nearest whole point (mean 3.5 → 62.5 → 63)', () => {
    expect(scoreElement('attending', items('attending', [[3], [4], [3], [4]]), scale).score).toBe(63);
  });

  it('scores only the answered items when enough are answered (4 of 6)', () => {
    const result = scoreElement('understanding', items('understanding', [[5], [5], [3], [3], [null], [null]]), scale);
    expect(result.answered).toBe(4);
    expect(result.total).toBe(6);
    expect(result.score).toBe(75);
  });

  it('marks an element incomplete, with no score, when fewer than two thirds are answered', () => {
    const result = scoreElement('understanding', items('understanding', [[5], [5], [5], [null], [null], [null]]), scale);
    expect(result.complete).toBe(false);
    expect(result.score).toBeNull();
  });

  it('marks an element with no answers incomplete', () => {
    expect(scoreElement('helping', items('helping', [[null], [null], [null]]), scale)).toMatchObject({ answered: 0, score: null });
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
  it('averages the four element scores into the overall score (75, 50, 100, 0 → 56)', () => {
    const all = [
      ...items('attending', [[4], [3], [5], [2, true]]),
      ...items('understanding', [[3], [3], [3], [3]]),
      ...items('empathising', [[5], [5], [1, true], [5]]),
      ...items('helping', [[1], [1], [5, true], [1]]),
    ];
    const result = scoreResponse(all, scale, ELEMENT_IDS);
    expect(result.elements.map((e) => e.score)).toEqual([75, 50, 100, 0]);
    expect(result.overall).toBe(56);
  });

  it('has no overall score when any element is incomplete', () => {
    const all = [
      ...items('attending', [[5], [5], [5]]),
      ...items('understanding', [[5], [null], [null]]),
      ...items('empathising', [[5], [5], [5]]),
      ...items('helping', [[5], [5], [5]]),
    ];
    const result = scoreResponse(all, scale, ELEMENT_IDS);
    expect(result.overall).toBeNull();
    expect(result.elements[1]).toMatchObject({ elementId: 'understanding', complete: false });
  });

  it('lists elements in the given order, whatever the order of the items', () => {
    const all = [...items('helping', [[3], [3], [3]]), ...items('attending', [[3], [3], [3]])];
    expect(scoreResponse(all, scale, ELEMENT_IDS).elements.map((e) => e.elementId)).toEqual(['attending', 'helping']);
  });
});
