import { describe, expect, it } from 'vitest';
import type { AnsweredItem } from '../questionnaire/response.ts';
import { bandEdges } from './band-edge.ts';
import { bandForScore } from './bands.ts';
import { scoreSection } from './score-response.ts';

// The agreed frequency bands (0, 25, 50, 75 and 100 are the answers' own points).
const bands = [
  { min: 0, max: 37, label: 'Less than half the time' },
  { min: 38, max: 62, label: 'About half the time' },
  { min: 63, max: 87, label: 'Often' },
  { min: 88, max: 100, label: 'Almost always' },
];
// Presence gap bands, in points of aim − actual.
const gapBands = [
  { min: 0, max: 12, label: 'Close to your aim' },
  { min: 13, max: 37, label: 'Some distance' },
  { min: 38, max: 100, label: 'A wider gap' },
];
/** One answer one step different on a 1–5 scale, over n rated items: 100 / (4 × n). */
const step = (n: number) => 100 / (4 * n);
/** A score made up by hand, with nothing known before rounding: the step is added to the score itself. */
const made = (score: number | null, by: number | null, scoring: 'mean' | 'gap') => ({ scoring, score, step: by, aim: null, actual: null });

const range = { min: 1, max: 5 };
/** Every multiset of `n` answers from 1 to 5: the score depends on which answers were given, not their order. */
function answerSets(n: number, from = 1): number[][] {
  if (n === 0) return [[]];
  return [1, 2, 3, 4, 5].filter((v) => v >= from).flatMap((v) => answerSets(n - 1, v).map((rest) => [v, ...rest]));
}
function scoreMean(values: readonly number[]) {
  const items: AnsweredItem[] = values.map((value, i) => ({ kind: 'scale', itemId: `i${i}`, sectionId: 's', reverse: false, value }));
  return scoreSection({ sectionId: 's', elementId: null, scoring: 'mean' }, items, { scale: range, pairedScale: null });
}
function scoreGap(pairs: ReadonlyArray<readonly [number | null, number | null]>) {
  const items: AnsweredItem[] = pairs.map(([aim, actual], i) => ({ kind: 'paired', itemId: `p${i}`, sectionId: 's', aim, actual }));
  return scoreSection({ sectionId: 's', elementId: null, scoring: 'gap' }, items, { scale: null, pairedScale: range });
}
/** The answers with the one at `index` moved by `by`, or null when that leaves the scale. */
function moved(values: readonly number[], index: number, by: number): number[] | null {
  const next = values[index]! + by;
  return next < 1 || next > 5 ? null : values.map((v, i) => (i === index ? next : v));
}
const bandIndex = (list: readonly { min: number; max: number }[], score: number | null) => list.indexOf(bandForScore(list, score)!);

describe('bandEdges of a "mean" score', () => {
  it('names the band above when one answer a step higher would reach it (61, 6 items: 61 + 4.2 ≥ 63)', () => {
    expect(bandEdges(bands, made(61, step(6), 'mean'))).toEqual([{ direction: 'higher', band: bands[2] }]);
  });

  it('names the band below when one answer a step lower would reach it (64, 6 items: 64 − 4.2 ≤ 62)', () => {
    expect(bandEdges(bands, made(64, step(6), 'mean'))).toEqual([{ direction: 'lower', band: bands[1] }]);
  });

  it('is empty in the middle of a band, and for "Often" throughout (75, 6 items)', () => {
    expect(bandEdges(bands, made(50, step(6), 'mean'))).toEqual([]);
    expect(bandEdges(bands, made(75, step(6), 'mean'))).toEqual([]);
  });

  it('counts a step that lands exactly on the edge (58 + 5 = 63 with 5 items) and not one that falls short (57)', () => {
    expect(bandEdges(bands, made(58, step(5), 'mean'))).toEqual([{ direction: 'higher', band: bands[2] }]);
    expect(bandEdges(bands, made(57, step(5), 'mean'))).toEqual([]);
  });

  it('rounds the moved score as scoring does (50 from 2 items: 62.5 rounds to 63, "Often"; 37.5 rounds to 38, still the same band)', () => {
    expect(bandEdges(bands, made(50, step(2), 'mean'))).toEqual([{ direction: 'higher', band: bands[2] }]);
  });

  it('can name both neighbours when a step is wide (50 from 1 item: a step is 25 points)', () => {
    expect(bandEdges(bands, made(50, step(1), 'mean'))).toEqual([
      { direction: 'lower', band: bands[0] },
      { direction: 'higher', band: bands[2] },
    ]);
  });

  it('has no neighbour beyond 0 or 100', () => {
    expect(bandEdges(bands, made(100, step(6), 'mean'))).toEqual([]);
    expect(bandEdges(bands, made(2, step(6), 'mean'))).toEqual([]);
  });

  it('is empty with no score or no bands', () => {
    expect(bandEdges(bands, made(null, step(6), 'mean'))).toEqual([]);
    expect(bandEdges(undefined, made(61, step(6), 'mean'))).toEqual([]);
    expect(bandEdges(bands, made(61, null, 'mean'))).toEqual([]);
  });
});

describe('bandEdges of a gap', () => {
  it('names the wider band when one rating a step different would widen the gap into it (10 points, 3 pairs: 10 + 8.3 ≥ 13)', () => {
    expect(bandEdges(gapBands, made(10, step(3), 'gap'))).toEqual([{ direction: 'wider', band: gapBands[1] }]);
  });

  it('names the closer band when one rating a step different would narrow it (40 points, 3 pairs: 40 − 8.3 ≤ 37)', () => {
    expect(bandEdges(gapBands, made(40, step(3), 'gap'))).toEqual([{ direction: 'closer', band: gapBands[1] }]);
    expect(bandEdges(gapBands, made(17, step(3), 'gap'))).toEqual([{ direction: 'closer', band: gapBands[0] }]);
  });

  it('treats a gap below zero as the lowest band, so it is near the edge only as it nears 13', () => {
    expect(bandEdges(gapBands, made(-25, step(3), 'gap'))).toEqual([]);
    expect(bandEdges(gapBands, made(25, step(3), 'gap'))).toEqual([]);
  });
});

describe('bandEdges against every set of answers', () => {
  it('says "near the edge" of a "mean" score exactly when one answer a step different moves the rounded score into the neighbouring band (3 to 8 items)', () => {
    for (let n = 3; n <= 8; n += 1) {
      for (const values of answerSets(n)) {
        const score = scoreMean(values);
        const here = bandIndex(bands, score.score);
        const reached = new Set<string>();
        values.forEach((_, i) => {
          for (const by of [-1, 1]) {
            const next = moved(values, i, by);
            if (!next) continue;
            const there = bandIndex(bands, scoreMean(next).score);
            expect(Math.abs(there - here)).toBeLessThanOrEqual(1);
            if (there !== here) reached.add(there < here ? 'lower' : 'higher');
          }
        });
        const expected = ['lower', 'higher'].filter((d) => reached.has(d));
        expect({ values, edges: bandEdges(bands, score).map((e) => e.direction) }).toEqual({ values, edges: expected });
      }
    }
  });

  it('says "near the edge" of a gap exactly when one actual rating a step different moves the gap into the neighbouring band (2 to 4 pairs)', () => {
    const pairValues = answerSets(2).flatMap(([a, b]) => (a === b ? [[a!, a!]] : [[a!, b!], [b!, a!]]));
    const pairSets = (n: number, from = 0): number[][][] =>
      n === 0 ? [[]] : pairValues.flatMap((pair, i) => (i < from ? [] : pairSets(n - 1, i).map((rest) => [pair, ...rest])));
    for (let n = 2; n <= 4; n += 1) {
      for (const pairs of pairSets(n)) {
        const score = scoreGap(pairs.map(([aim, actual]) => [aim!, actual!] as const));
        const here = bandIndex(gapBands, score.score);
        const reached = new Set<string>();
        pairs.forEach((_, i) => {
          for (const by of [-1, 1]) {
            const actuals = moved(pairs.map((p) => p[1]!), i, by);
            if (!actuals) continue;
            const there = bandIndex(gapBands, scoreGap(pairs.map((p, j) => [p[0]!, actuals[j]!] as const)).score);
            if (there !== here) reached.add(there < here ? 'closer' : 'wider');
          }
        });
        const expected = ['closer', 'wider'].filter((d) => reached.has(d));
        expect({ pairs, edges: bandEdges(gapBands, score).map((e) => e.direction) }).toEqual({ pairs, edges: expected });
      }
    }
  });

  it('steps from the score before rounding: 4 items averaging 2.25 score 31, and one answer higher gives 37.5, shown as 38', () => {
    const score = scoreMean([2, 2, 2, 3]);
    expect(score.score).toBe(31);
    expect(scoreMean([2, 2, 3, 3]).score).toBe(38);
    expect(bandEdges(bands, score)).toEqual([{ direction: 'higher', band: bands[1] }]);
  });

  it('steps a gap ahead of the aim from where it is, not from 0: −13 with 2 of 3 pairs rated is not near "Some distance"', () => {
    const score = scoreGap([
      [3, 4],
      [3, 3],
      [4, null],
    ]);
    expect(score.score).toBe(-13);
    expect(score.step).toBe(12.5);
    expect(bandEdges(gapBands, score)).toEqual([]);
  });
});
