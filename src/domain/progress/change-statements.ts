/**
 * Plain statements of change, in our own words: "Understanding rose 11
 * points since March 2026." and "Your widest gap, helping, has narrowed
 * from 18 to 9 points since March 2026."
 *
 * - Scores: for each series, the weekly pulse's own results (never the
 *   weekly or monthly means) in the range, within the latest comparable
 *   segment there; with fewer than MIN_RESULTS_FOR_CHANGE, the
 *   self-assessments in the same way. A pulse value is never compared with
 *   a self-assessment's.
 * - Gaps: each element's presence gap (aim − actual) in the same way, over
 *   the presence checks. A gap narrows or widens by its size (how far from
 *   the aim, either side). While the leader leads below the aim at both
 *   ends (a gap above 0), it reads "has narrowed from 18 to 9 points", and
 *   the element with the widest gap in the latest check (only ever a gap
 *   above 0, presence-gap.ts) is named as "your widest gap". Otherwise
 *   (at or above the aim at either end, so also when the sign flips) the
 *   statement says where the leader now leads against the aim, and where
 *   they led: "On helping you now lead 2 points above your aim, from 18
 *   points below it". We state a crossing rather than skip it: closing a
 *   gap is the change a leader most wants to see, and "narrowed from 18 to
 *   −2" would hide it behind a minus sign.
 * - Stated only when the change between the means of the first and last
 *   k results (k up to 8) is clearly beyond what the usual movement from
 *   one result to the next (weeks or months apart; the average step), taken as noise, would
 *   give, and at least 3 points (the rule and its factor: usual-movement.ts);
 *   never across a version change whose scores are not comparable, because
 *   only the latest segment is used.
 * - "since" is the month and year of the first result the change is
 *   measured from. Largest change first (on unrounded values); on a tie,
 *   the element order, scores before gaps.
 * - The points in the words are the difference of the rounded figures, so
 *   "from 18 to 9" always says 9 points; it is never under 3.
 */
import type { ElementId } from '../elements/element-ids.ts';
import { ELEMENT_IDS, ELEMENT_NAMES } from '../elements/element-ids.ts';
import { monthYear } from './local-dates.ts';
import { MIN_RESULTS_FOR_CHANGE } from './minimums.ts';
import type { ChangeStatement, DateWindow, Enough, SeriesId } from './progress-types.ts';
import { chooseValues, latestSegmentOf, latestSegmentValues } from './latest-segment.ts';
import type { ScoredResult } from './scored-results.ts';
import { SERIES_IDS } from './scored-results.ts';
import { counted, seriesLabel } from './series-labels.ts';
import { movement } from './usual-movement.ts';
import { widestGapElement } from './presence-gap.ts';

interface Ranked {
  statement: ChangeStatement;
  size: number;
  order: number;
}

function scoreStatement(id: SeriesId, pulses: readonly ScoredResult[], assessments: readonly ScoredResult[], window: DateWindow): Ranked | null {
  const { basis, values } = chooseValues(pulses, assessments, id, window, MIN_RESULTS_FOR_CHANGE);
  const found = movement(values);
  if (!found?.stated) return null;
  const from = Math.round(found.early);
  const to = Math.round(found.recent);
  const points = Math.abs(to - from);
  const direction = found.recent > found.early ? 'rose' : 'fell';
  const subject = id === 'overall' ? 'Your overall score' : seriesLabel(id);
  return {
    statement: {
      subject: { kind: 'score', seriesId: id },
      direction,
      points,
      from,
      to,
      since: found.since,
      usualMovement: Math.round(found.usual),
      basis,
      text: `${subject} ${direction} ${points} points since ${monthYear(found.since)}.`,
    },
    size: Math.abs(found.recent - found.early),
    order: SERIES_IDS.indexOf(id),
  };
}

/** Where a gap (aim − actual, rounded) puts the leader against the aim: "18 points below it", "level with it", "2 points above your aim". */
function againstAim(gap: number, aim: string): string {
  if (gap === 0) return `level with ${aim}`;
  return `${counted(Math.abs(gap), 'point')} ${gap > 0 ? 'below' : 'above'} ${aim}`;
}

function gapStatement(elementId: ElementId, checks: readonly ScoredResult[], window: DateWindow, widest: ElementId | null): Ranked | null {
  const found = movement(latestSegmentOf(checks, (c) => c.gaps[elementId]?.gap ?? null, window));
  if (!found?.stated) return null;
  const from = Math.round(found.early);
  const to = Math.round(found.recent);
  const direction = Math.abs(found.recent) < Math.abs(found.early) ? 'narrowed' : 'widened';
  const name = ELEMENT_NAMES[elementId].toLowerCase();
  const subject = elementId === widest ? `Your widest gap, ${name},` : `Your gap on ${name}`;
  const text =
    from > 0 && to > 0
      ? `${subject} has ${direction} from ${from} to ${to} points since ${monthYear(found.since)}.`
      : `On ${name} you now lead ${againstAim(to, 'your aim')}, from ${againstAim(from, 'it')} since ${monthYear(found.since)}.`;
  return {
    statement: {
      subject: { kind: 'gap', elementId },
      direction,
      points: Math.abs(to - from),
      from,
      to,
      since: found.since,
      usualMovement: Math.round(found.usual),
      basis: 'presence',
      text,
    },
    size: Math.abs(found.recent - found.early),
    order: SERIES_IDS.length + ELEMENT_IDS.indexOf(elementId),
  };
}

export interface ChangeInput {
  window: DateWindow;
  assessments: readonly ScoredResult[];
  pulses: readonly ScoredResult[];
  checks: readonly ScoredResult[];
}

/**
 * Whether there are enough results for a change to be stated at all: `have`
 * is the most results any one series has within its latest stretch of
 * comparable versions in the range (a score's pulses or self-assessments,
 * or an element's presence gaps; kinds are never added together), against
 * MIN_RESULTS_FOR_CHANGE. Enough does not mean a change will be stated:
 * only that the rule (usual-movement.ts) can be applied.
 */
export function changesEnough({ window, assessments, pulses, checks }: ChangeInput): Enough {
  const lengths = [
    ...SERIES_IDS.flatMap((id) => [latestSegmentValues(pulses, id, window).length, latestSegmentValues(assessments, id, window).length]),
    ...ELEMENT_IDS.map((id) => latestSegmentOf(checks, (c) => c.gaps[id]?.gap ?? null, window).length),
  ];
  const have = Math.max(0, ...lengths);
  return { enough: have >= MIN_RESULTS_FOR_CHANGE, have, need: MIN_RESULTS_FOR_CHANGE };
}

export function changeStatements({ window, assessments, pulses, checks }: ChangeInput): ChangeStatement[] {
  const widest = widestGapElement(checks, window)?.elementId ?? null;
  const ranked = [
    ...SERIES_IDS.map((id) => scoreStatement(id, pulses, assessments, window)),
    ...ELEMENT_IDS.map((id) => gapStatement(id, checks, window, widest)),
  ].filter((r): r is Ranked => r !== null);
  return ranked.sort((a, b) => b.size - a.size || a.order - b.order).map((r) => r.statement);
}
