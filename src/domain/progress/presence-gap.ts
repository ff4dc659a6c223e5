/**
 * The presence gap over time: for each presence check in the range, per
 * element, how you aim to lead, how you actually led, and the gap between
 * them (aim − actual, in points). Each check is a point (checks are few
 * beside pulses, and each carries its own aims). The widest gap is the
 * largest in the latest check in the range (the first in element order on
 * a tie), and only ever a gap above 0, as shown (rounded): leading at or
 * above the aim is no gap, so when every element is there none is named.
 * A trend needs MIN_RESULTS_FOR_TREND checks in the range.
 */
import type { ElementId } from '../elements/element-ids.ts';
import { ELEMENT_IDS, ELEMENT_NAMES } from '../elements/element-ids.ts';
import type { VersionChange } from '../questionnaire/version-boundaries.ts';
import { dayMonthYear } from './local-dates.ts';
import { MIN_RESULTS_FOR_TREND } from './minimums.ts';
import type { DateWindow, GapPoint, GapValue, GapView } from './progress-types.ts';
import { inWindow } from './range.ts';
import type { ScoredResult } from './scored-results.ts';
import { versionBoundaries } from './segments.ts';
import { counted } from './series-labels.ts';

function roundGap(value: GapValue): GapValue {
  const aim = Math.round(value.aim);
  const actual = Math.round(value.actual);
  return { aim, actual, gap: aim - actual };
}

function roundOrNull(value: GapValue | null): GapValue | null {
  return value === null ? null : roundGap(value);
}

/** The element with the widest gap above 0 in the latest presence check in the window (the first in element order on a tie); null when every gap there is 0 or below. */
export function widestGapElement(checks: readonly ScoredResult[], window: DateWindow): { elementId: ElementId; gap: number; check: ScoredResult } | null {
  const latest = checks.filter((c) => inWindow(c.date, window) && ELEMENT_IDS.some((id) => c.gaps[id] !== null)).at(-1);
  if (!latest) return null;
  let widest: { elementId: ElementId; gap: number; check: ScoredResult } | null = null;
  for (const elementId of ELEMENT_IDS) {
    const value = latest.gaps[elementId];
    if (value && roundGap(value).gap > 0 && (widest === null || value.gap > widest.gap)) widest = { elementId, gap: value.gap, check: latest };
  }
  return widest;
}

export const GAP_METHOD = 'Each presence check as a point: how you aim to lead, how you actually led, and the gap between them, per element.';

export interface GapInput {
  window: DateWindow;
  checks: readonly ScoredResult[];
  notes: readonly VersionChange[] | undefined;
  questionnaireId: string;
}

export function presenceGapView({ window, checks, notes, questionnaireId }: GapInput): GapView {
  const inRange = checks.filter((c) => inWindow(c.date, window) && ELEMENT_IDS.some((id) => c.gaps[id] !== null));
  const points: GapPoint[] = inRange.map((c) => ({
    date: c.date,
    responseId: c.responseId,
    segment: c.segment,
    byElement: Object.fromEntries(ELEMENT_IDS.map((id) => [id, roundOrNull(c.gaps[id])])) as Record<ElementId, GapValue | null>,
  }));
  const found = widestGapElement(checks, window);
  const widestValue = found ? roundOrNull(found.check.gaps[found.elementId]) : null;
  const widest = found && widestValue ? { elementId: found.elementId, gap: widestValue.gap, date: found.check.date } : null;
  const enough = { enough: inRange.length >= MIN_RESULTS_FOR_TREND, have: inRange.length, need: MIN_RESULTS_FOR_TREND };
  const latest = inRange.at(-1);
  let summary: string;
  if (latest === undefined) summary = 'No presence check in this range yet.';
  else if (widest === null || widestValue === null) {
    summary = `In your latest presence check, of ${dayMonthYear(latest.date)}, you led at or above your aim on every element.`;
  } else {
    const name = ELEMENT_NAMES[widest.elementId].toLowerCase();
    summary = `In your latest presence check, of ${dayMonthYear(widest.date)}, your widest gap is ${name}: you aim for ${widestValue.aim} and led at ${widestValue.actual}, ${counted(widest.gap, 'point')} apart.`;
  }
  return {
    points,
    widest,
    boundaries: versionBoundaries(questionnaireId, checks, notes, window),
    counts: { checks: inRange.length },
    method: GAP_METHOD,
    summary,
    enough,
  };
}
