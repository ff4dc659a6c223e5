import { describe, expect, it } from 'vitest';
import { describeGapChange } from './score-table.tsx';

describe('describeGapChange', () => {
  it('speaks of the size of the gap, whichever side of the aim it is on', () => {
    expect(describeGapChange(20, 35)).toBe('wider by 15 points');
    expect(describeGapChange(35, 20)).toBe('narrower by 15 points');
    expect(describeGapChange(-20, 0)).toBe('narrower by 20 points');
    expect(describeGapChange(10, -10)).toBe('no change in size');
    expect(describeGapChange(null, 5)).toBe('no comparison');
  });
});
