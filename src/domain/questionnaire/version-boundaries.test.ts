import { describe, expect, it } from 'vitest';
import type { VersionChange } from './version-boundaries.ts';
import { changesBetween, scoresComparableBetween } from './version-boundaries.ts';

const CHANGES: VersionChange[] = [
  { version: 3, summary: 'Three', scoresComparable: true },
  { version: 2, summary: 'Two', scoresComparable: false },
  { version: 5, summary: 'Five', scoresComparable: true },
];

describe('changesBetween', () => {
  it('gives the notes of the later versions, oldest first, whichever way round it is asked', () => {
    expect(changesBetween(CHANGES, 1, 3).map((c) => c.summary)).toEqual(['Two', 'Three']);
    expect(changesBetween(CHANGES, 3, 1).map((c) => c.summary)).toEqual(['Two', 'Three']);
    expect(changesBetween(CHANGES, 2, 5).map((c) => c.summary)).toEqual(['Three', 'Five']);
    expect(changesBetween(CHANGES, 3, 3)).toEqual([]);
  });
});

describe('scoresComparableBetween', () => {
  it('is false across a boundary declared not comparable, even with comparable ones beside it', () => {
    expect(scoresComparableBetween(CHANGES, 1, 2)).toBe(false);
    expect(scoresComparableBetween(CHANGES, 1, 5)).toBe(false);
    expect(scoresComparableBetween(CHANGES, 5, 1)).toBe(false);
  });

  it('is true within one version, across comparable boundaries, and across a boundary with no note', () => {
    expect(scoresComparableBetween(CHANGES, 1, 1)).toBe(true);
    expect(scoresComparableBetween(CHANGES, 2, 3)).toBe(true);
    expect(scoresComparableBetween(CHANGES, 2, 5)).toBe(true);
    expect(scoresComparableBetween([], 1, 4)).toBe(true);
  });
});
