/**
 * Near a band edge: whether one answer one step different would move a
 * section's score into the neighbouring band, so the result can say so
 * rather than let the label flip from one go to the next without warning.
 *
 * One answer one step different moves a score by 100 / ((max − min) × n)
 * points before rounding, where n is the number of items rated (for a gap,
 * of pairs rated on both sides): `SectionScore.step`. The step is added to
 * the score before rounding (`SectionScore.exact`), the moved score rounded
 * as scoring rounds, then compared with the neighbouring bands. A gap moves
 * when one "actual" rating does (the wording says "a step further from" or
 * "closer to your aim"): the aim as scored, less the moved actual, rounded.
 * The moved gap is placed in a band as any gap is, a gap below zero in the
 * lowest, so a gap ahead of the aim is near an edge only when a step would
 * take it past the lowest band.
 */
import type { BandRange } from './bands.ts';
import { bandForScore } from './bands.ts';
import type { SectionScore } from './score-response.ts';

/** For a "mean" score: a step higher or lower. For a gap: a gap wider or closer to the aim. */
export type EdgeDirection = 'higher' | 'lower' | 'wider' | 'closer';

export interface BandEdge<B extends BandRange> {
  direction: EdgeDirection;
  /** The neighbouring band the score would move into. */
  band: B;
}

/** What the edge needs of a section's score. */
export type EdgeScore = Pick<SectionScore, 'scoring' | 'score' | 'aim' | 'actual' | 'step' | 'exact'>;

/**
 * Rounds a moved score as scoring rounds the score itself. Adding the step in
 * floating point can land a hair below a half (66.67 − 4.17 = 62.4999…, where
 * scoring the moved answers gives exactly 62.5), so it is first cleaned to six places.
 */
function roundMoved(value: number): number {
  return Math.round(Math.round(value * 1e6) / 1e6);
}

/** The scores one answer a step lower and a step higher would give (for a gap: a rating a step closer or further), or null where no answer can move that way. */
function movedScores(section: EdgeScore, score: number, step: number): { down: number | null; up: number | null } {
  const can = (value: number) => value >= -1e-9 && value <= 100 + 1e-9;
  if (section.scoring === 'gap' && section.aim !== null && section.actual !== null) {
    const aim = section.aim;
    const actual = section.exact?.actual ?? section.actual;
    return {
      // An actual a step higher closes the gap; a step lower widens it.
      down: can(actual + step) ? aim - roundMoved(actual + step) : null,
      up: can(actual - step) ? aim - roundMoved(actual - step) : null,
    };
  }
  if (section.scoring === 'gap') return { down: roundMoved(score - step), up: roundMoved(score + step) };
  const exact = section.exact?.score ?? score;
  return { down: can(exact - step) ? roundMoved(exact - step) : null, up: can(exact + step) ? roundMoved(exact + step) : null };
}

/** The neighbouring bands one answer a step different would reach: none, one, or (with few items) both, lower first. */
export function bandEdges<B extends BandRange>(bands: readonly B[] | undefined, section: EdgeScore): BandEdge<B>[] {
  const { score, step, scoring } = section;
  if (!bands || score === null || step === null || scoring === 'none') return [];
  const current = bandForScore(bands, score);
  if (!current) return [];
  const index = bands.indexOf(current);
  const { down, up } = movedScores(section, score, step);
  const place = (moved: number | null) => (moved === null ? index : bands.indexOf(bandForScore(bands, moved)!));
  const edges: BandEdge<B>[] = [];
  const below = bands[index - 1];
  if (below && place(down) < index) edges.push({ direction: scoring === 'gap' ? 'closer' : 'lower', band: below });
  const above = bands[index + 1];
  if (above && place(up) > index) edges.push({ direction: scoring === 'gap' ? 'wider' : 'higher', band: above });
  return edges;
}
