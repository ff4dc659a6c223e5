import { describe, expect, it } from 'vitest';
import { sectionScore } from '../../testing/section-score.ts';
import { answeredOf, describeGapChange, figure } from './score-table.tsx';

describe('describeGapChange', () => {
  it('speaks of the size of the gap, whichever side of the aim it is on', () => {
    expect(describeGapChange(20, 35)).toBe('wider by 15 points');
    expect(describeGapChange(35, 20)).toBe('narrower by 15 points');
    expect(describeGapChange(-20, 0)).toBe('narrower by 20 points');
    expect(describeGapChange(10, -10)).toBe('no change in size');
    expect(describeGapChange(null, 5)).toBe('no comparison');
  });
});

const section = sectionScore;

describe('a section’s row in the scores table', () => {
  it('counts the questions that did not apply beside those rated', () => {
    expect(answeredOf(section({ answered: 4, notApplicable: 2 }))).toBe('4 of 6 (2 did not apply)');
    expect(answeredOf(section({}))).toBe('6 of 6');
  });

  it('says too few applied rather than incomplete when that is why there is no score', () => {
    expect(figure(section({ answered: 2, notApplicable: 4, score: null, complete: false, step: null }))).toBe('Too few applied');
    expect(figure(section({ answered: 3, notApplicable: 0, score: null, complete: false, step: null }))).toBe('Incomplete');
  });
});
