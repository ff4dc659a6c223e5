import { describe, expect, it } from 'vitest';
import { compareScores, describeChange } from './compare.ts';
import type { ResponseScore } from './score-response.ts';

function score(values: Array<number | null>, overall: number | null): ResponseScore {
  const ids = ['attending', 'understanding', 'empathising', 'helping'] as const;
  return {
    overall,
    elements: values.map((value, index) => ({
      elementId: ids[index]!,
      answered: 5,
      total: 5,
      score: value,
      complete: value !== null,
    })),
  };
}

describe('compareScores', () => {
  it('gives the change per element and overall', () => {
    const result = compareScores(score([70, 50, 60, 40], 55), score([64, 55, 60, null], null));
    expect(result.elements.map((e) => e.change)).toEqual([6, -5, 0, null]);
    expect(result.overall).toEqual({ previous: null, current: 55, change: null });
  });

  it('has no change for an element incomplete now', () => {
    expect(compareScores(score([null, 1, 1, 1], null), score([50, 1, 1, 1], 13)).elements[0]?.change).toBeNull();
  });
});

describe('describeChange', () => {
  it('says which way and how far', () => {
    expect(describeChange(6)).toBe('up 6 points');
    expect(describeChange(-1)).toBe('down 1 point');
    expect(describeChange(0)).toBe('no change');
    expect(describeChange(null)).toBe('no comparison');
  });
});
