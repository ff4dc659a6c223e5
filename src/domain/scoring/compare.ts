/**
 * Comparison of a result with the one before it: the change per element and
 * overall, in points on the 0–100 scale. A change is null when either side
 * has no score (incomplete element, or the element was not in the earlier result).
 */
import type { ElementId } from '../elements/element-ids.ts';
import type { ResponseScore } from './score-response.ts';

export interface ElementChange {
  elementId: ElementId;
  previous: number | null;
  current: number | null;
  change: number | null;
}

export interface ScoreComparison {
  elements: ElementChange[];
  overall: { previous: number | null; current: number | null; change: number | null };
}

function diff(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : current - previous;
}

export function compareScores(current: ResponseScore, previous: ResponseScore): ScoreComparison {
  const elements = current.elements.map((element) => {
    const before = previous.elements.find((e) => e.elementId === element.elementId)?.score ?? null;
    return { elementId: element.elementId, previous: before, current: element.score, change: diff(element.score, before) };
  });
  return {
    elements,
    overall: { previous: previous.overall, current: current.overall, change: diff(current.overall, previous.overall) },
  };
}

/** A short plain-English phrase for a change in points, e.g. "up 6 points". */
export function describeChange(change: number | null): string {
  if (change === null) return 'no comparison';
  if (change === 0) return 'no change';
  const points = Math.abs(change) === 1 ? 'point' : 'points';
  return `${change > 0 ? 'up' : 'down'} ${Math.abs(change)} ${points}`;
}
