import { describe, expect, it } from 'vitest';
import { compareScores, describeChange } from './compare.ts';
import type { ResponseScore, SectionScore } from './score-response.ts';

const ids = ['attending', 'understanding', 'empathising', 'helping'] as const;

function section(index: number, value: number | null, sectionId: string = ids[index]!): SectionScore {
  return { sectionId, elementId: ids[index]!, scoring: 'mean', answered: 5, notApplicable: 0, total: 5, score: value, aim: null, actual: null, complete: value !== null, step: null };
}

function score(values: Array<number | null>, overall: number | null): ResponseScore {
  return { overall, sections: values.map((value, index) => section(index, value)) };
}

describe('compareScores', () => {
  it('gives the change per section and overall', () => {
    const result = compareScores(score([70, 50, 60, 40], 55), score([64, 55, 60, null], null));
    expect(result.sections.map((e) => e.change)).toEqual([6, -5, 0, null]);
    expect(result.overall).toEqual({ previous: null, current: 55, change: null });
  });

  it('has no change for a section incomplete now', () => {
    expect(compareScores(score([null, 1, 1, 1], null), score([50, 1, 1, 1], 13)).sections[0]?.change).toBeNull();
  });

  it('matches a renamed section by its element across versions', () => {
    const now: ResponseScore = { overall: null, sections: [section(0, 80, 'attending-v2')] };
    expect(compareScores(now, score([60, 1, 1, 1], null)).sections[0]).toEqual({ sectionId: 'attending-v2', previous: 60, current: 80, change: 20 });
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
