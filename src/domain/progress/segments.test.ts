import { describe, expect, it } from 'vitest';
import type { VersionChange } from '../questionnaire/version-boundaries.ts';
import { comparableAcross, segmentNumbers, versionBoundaries } from './segments.ts';

const COMPARABLE: VersionChange[] = [{ version: 2, summary: 'One word changed.', scoresComparable: true }];
const NOT_COMPARABLE: VersionChange[] = [{ version: 2, summary: 'New questions.', scoresComparable: false }];

describe('comparableAcross', () => {
  it('joins results on one version, whatever the notes', () => {
    expect(comparableAcross(undefined, 2, 2)).toBe(true);
  });

  it('follows the notes: comparable only when every version between says so', () => {
    expect(comparableAcross(COMPARABLE, 1, 2)).toBe(true);
    expect(comparableAcross(NOT_COMPARABLE, 2, 1)).toBe(false);
    expect(comparableAcross([...COMPARABLE, { version: 3, summary: 'More.', scoresComparable: false }], 1, 3)).toBe(false);
  });

  it('never joins across a change with no note, or when the notes failed to load', () => {
    expect(comparableAcross(undefined, 1, 2)).toBe(false);
    expect(comparableAcross([], 1, 2)).toBe(false);
    expect(comparableAcross([{ version: 3, summary: 'More.', scoresComparable: true }], 1, 3)).toBe(false);
  });
});

describe('segmentNumbers', () => {
  const results = [
    { version: 1, date: '2026-01-01' },
    { version: 1, date: '2026-01-08' },
    { version: 2, date: '2026-01-15' },
    { version: 2, date: '2026-01-22' },
  ];

  it('starts a new segment where the version changes and cannot be compared', () => {
    expect(segmentNumbers(results, NOT_COMPARABLE)).toEqual([0, 0, 1, 1]);
    expect(segmentNumbers(results, undefined)).toEqual([0, 0, 1, 1]);
  });

  it('keeps one segment across a comparable change', () => {
    expect(segmentNumbers(results, COMPARABLE)).toEqual([0, 0, 0, 0]);
  });
});

describe('versionBoundaries', () => {
  const results = [
    { version: 1, date: '2025-12-01' },
    { version: 2, date: '2026-02-10' },
    { version: 2, date: '2026-03-01' },
    { version: 3, date: '2026-05-01' },
  ];
  const notes: VersionChange[] = [
    { version: 2, summary: 'New questions.', scoresComparable: false },
    { version: 3, summary: 'Clearer wording.', scoresComparable: true },
  ];

  it('marks each change inside the window on the first result of the new version, with its note', () => {
    expect(versionBoundaries('weekly-pulse', results, notes, { from: '2026-01-01', to: '2026-06-01' })).toEqual([
      { date: '2026-02-10', questionnaireId: 'weekly-pulse', fromVersion: 1, toVersion: 2, summary: 'New questions.', scoresComparable: false },
      { date: '2026-05-01', questionnaireId: 'weekly-pulse', fromVersion: 2, toVersion: 3, summary: 'Clearer wording.', scoresComparable: true },
    ]);
    expect(versionBoundaries('weekly-pulse', results, notes, { from: '2026-03-01', to: '2026-06-01' })).toHaveLength(1);
  });

  it('has no summary, and is not comparable, when the notes are missing', () => {
    expect(versionBoundaries('weekly-pulse', results, undefined, { from: null, to: '2026-06-01' }).map((b) => [b.summary, b.scoresComparable])).toEqual([
      [null, false],
      [null, false],
    ]);
  });

  it('joins the notes of every version skipped over', () => {
    const skipping = [results[0]!, results[3]!];
    expect(versionBoundaries('weekly-pulse', skipping, notes, { from: null, to: '2026-06-01' })[0]).toMatchObject({
      fromVersion: 1,
      toVersion: 3,
      summary: 'New questions. Clearer wording.',
      scoresComparable: false,
    });
  });
});
