/**
 * Near a band edge: whether one answer one step different would move a
 * section's score into the neighbouring band, so the result can say so
 * rather than let the label flip from one go to the next without warning.
 *
 * One answer one step different moves a score by 100 / ((max − min) × n)
 * points, where n is the number of items rated (for a gap, of pairs rated on
 * both sides): `SectionScore.step`. The moved score is rounded as scoring
 * rounds, then compared with the neighbouring bands. A gap below zero counts
 * as 0, as it does for its band.
 */
import type { BandRange } from './bands.ts';
import { bandForScore } from './bands.ts';

/** For a "mean" score: a step higher or lower. For a gap: a gap wider or closer to the aim. */
export type EdgeDirection = 'higher' | 'lower' | 'wider' | 'closer';

export interface BandEdge<B extends BandRange> {
  direction: EdgeDirection;
  /** The neighbouring band the score would move into. */
  band: B;
}

/** The neighbouring bands one answer a step different would reach: none, one, or (with few items) both, lower first. */
export function bandEdges<B extends BandRange>(
  bands: readonly B[] | undefined,
  score: number | null,
  step: number | null,
  scoring: 'mean' | 'gap',
): BandEdge<B>[] {
  if (!bands || score === null || step === null) return [];
  const current = bandForScore(bands, score);
  if (!current) return [];
  const index = bands.indexOf(current);
  const shown = Math.min(100, Math.max(0, score));
  const edges: BandEdge<B>[] = [];
  const below = bands[index - 1];
  if (below && Math.round(shown - step) <= below.max) edges.push({ direction: scoring === 'gap' ? 'closer' : 'lower', band: below });
  const above = bands[index + 1];
  if (above && Math.round(shown + step) >= above.min) edges.push({ direction: scoring === 'gap' ? 'wider' : 'higher', band: above });
  return edges;
}
