import { describe, expect, it } from 'vitest';
import { bandEdges } from './band-edge.ts';

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

describe('bandEdges of a "mean" score', () => {
  it('names the band above when one answer a step higher would reach it (61, 6 items: 61 + 4.2 ≥ 63)', () => {
    expect(bandEdges(bands, 61, step(6), 'mean')).toEqual([{ direction: 'higher', band: bands[2] }]);
  });

  it('names the band below when one answer a step lower would reach it (64, 6 items: 64 − 4.2 ≤ 62)', () => {
    expect(bandEdges(bands, 64, step(6), 'mean')).toEqual([{ direction: 'lower', band: bands[1] }]);
  });

  it('is empty in the middle of a band, and for "Often" throughout (75, 6 items)', () => {
    expect(bandEdges(bands, 50, step(6), 'mean')).toEqual([]);
    expect(bandEdges(bands, 75, step(6), 'mean')).toEqual([]);
  });

  it('counts a step that lands exactly on the edge (58 + 5 = 63 with 5 items) and not one that falls short (57)', () => {
    expect(bandEdges(bands, 58, step(5), 'mean')).toEqual([{ direction: 'higher', band: bands[2] }]);
    expect(bandEdges(bands, 57, step(5), 'mean')).toEqual([]);
  });

  it('rounds the moved score as scoring does (50 from 2 items: 62.5 rounds to 63, "Often"; 37.5 rounds to 38, still the same band)', () => {
    expect(bandEdges(bands, 50, step(2), 'mean')).toEqual([{ direction: 'higher', band: bands[2] }]);
  });

  it('can name both neighbours when a step is wide (50 from 1 item: a step is 25 points)', () => {
    expect(bandEdges(bands, 50, step(1), 'mean')).toEqual([
      { direction: 'lower', band: bands[0] },
      { direction: 'higher', band: bands[2] },
    ]);
  });

  it('has no neighbour beyond 0 or 100', () => {
    expect(bandEdges(bands, 100, step(6), 'mean')).toEqual([]);
    expect(bandEdges(bands, 2, step(6), 'mean')).toEqual([]);
  });

  it('is empty with no score or no bands', () => {
    expect(bandEdges(bands, null, step(6), 'mean')).toEqual([]);
    expect(bandEdges(undefined, 61, step(6), 'mean')).toEqual([]);
    expect(bandEdges(bands, 61, null, 'mean')).toEqual([]);
  });
});

describe('bandEdges of a gap', () => {
  it('names the wider band when one rating a step different would widen the gap into it (10 points, 3 pairs: 10 + 8.3 ≥ 13)', () => {
    expect(bandEdges(gapBands, 10, step(3), 'gap')).toEqual([{ direction: 'wider', band: gapBands[1] }]);
  });

  it('names the closer band when one rating a step different would narrow it (40 points, 3 pairs: 40 − 8.3 ≤ 37)', () => {
    expect(bandEdges(gapBands, 40, step(3), 'gap')).toEqual([{ direction: 'closer', band: gapBands[1] }]);
    expect(bandEdges(gapBands, 17, step(3), 'gap')).toEqual([{ direction: 'closer', band: gapBands[0] }]);
  });

  it('treats a gap below zero as the lowest band, so it is near the edge only as it nears 13', () => {
    expect(bandEdges(gapBands, -25, step(3), 'gap')).toEqual([]);
    expect(bandEdges(gapBands, 25, step(3), 'gap')).toEqual([]);
  });
});
