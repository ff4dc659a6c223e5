/**
 * Scoring of a response, as pure functions. Each section declares its rule
 * (in content, stored with the response as answered):
 *
 * - "mean": a reverse-keyed answer v counts as (min + max − v); the section's
 *   score is the mean of its answered scale items mapped onto 0–100, rounded
 *   to the nearest whole number;
 * - "gap": each paired item is rated for the aim and for what actually
 *   happened; the section's aim and actual scores are the means of its
 *   complete pairs mapped onto 0–100, and its score is the gap, aim − actual
 *   (negative when the leader did better than they aimed);
 * - "none": free text and choices, not scored.
 *
 * A scored section is incomplete, and has no score, when fewer than two
 * thirds of its scored items are answered (a pair counts only with both
 * ratings). A scale item answered "does not apply" is neither a rating nor a
 * skip: a "mean" section is then scored when its rated items are at least two
 * thirds of the items that apply and at least half of all its scale items
 * (with none answered "does not apply", exactly the two-thirds rule). The overall score, when the questionnaire asks for one, is the
 * mean of the element sections' scores and only exists when all are complete.
 * Rules for editors: docs/content-authoring.md; the reasons: docs/decisions/0007.
 */
import type { ElementId } from '../elements/element-ids.ts';
import type { AnsweredItem, AnsweredSection, AssessmentResponse, ScaleRange, ScoringMethod } from '../questionnaire/response.ts';

export interface SectionScore {
  sectionId: string;
  elementId: ElementId | null;
  scoring: ScoringMethod;
  /** Items rated (for "gap", pairs rated on both sides); for "none", items answered. */
  answered: number;
  /** Scale items answered "does not apply" (always 0 outside "mean" sections). */
  notApplicable: number;
  total: number;
  /** "mean": 0–100; "gap": aim − actual in points; null when incomplete or unscored. */
  score: number | null;
  /** Only for "gap" sections that are complete: the two sides of the gap, each 0–100. */
  aim: number | null;
  actual: number | null;
  complete: boolean;
  /** How many points one answer one step different would move the score (for "near a band edge"); null when not scored. */
  step: number | null;
  /**
   * The score before rounding, for "near a band edge" (band-edge.ts): for "mean"
   * the 0–100 score, for "gap" its two sides (0–100 each). Null or absent when
   * not scored; absent where a score is made up by hand (then `score` is used).
   */
  exact?: { score: number; aim: number | null; actual: number | null } | null;
}

export interface ResponseScore {
  sections: SectionScore[];
  /** Mean of the "mean"-scored element sections' scores; null unless asked for and every one is complete. */
  overall: number | null;
}

/** The fraction of a section's scored items that must be answered for it to be scored. */
export const COMPLETION_THRESHOLD = 2 / 3;

/** Maps one answer onto the scale's direction, flipping it when the item is reverse-keyed. */
export function keyedValue(value: number, reverse: boolean, scale: ScaleRange): number {
  if (value < scale.min || value > scale.max || !Number.isInteger(value)) {
    throw new RangeError(`Answer ${value} is outside the scale ${scale.min}–${scale.max}`);
  }
  return reverse ? scale.min + scale.max - value : value;
}

/** Whether enough of a section's items are answered to score it. */
export function isElementComplete(answered: number, total: number): boolean {
  return total > 0 && answered >= Math.ceil(total * COMPLETION_THRESHOLD - 1e-9);
}

/**
 * Whether a "mean" section has enough ratings to score, when some of its
 * items were answered "does not apply": at least two thirds of the items
 * that apply, and at least half of all of them. With none not applying this
 * is exactly `isElementComplete`.
 */
export function hasEnoughRatings(rated: number, notApplicable: number, total: number): boolean {
  const applicable = total - notApplicable;
  return isElementComplete(rated, applicable) && rated >= Math.ceil(total / 2 - 1e-9);
}

/**
 * Whether an unscored "mean" section is unscored because too few of its
 * items applied: rating every skipped item would still not be enough.
 */
export function tooFewApplied(section: Pick<SectionScore, 'answered' | 'notApplicable' | 'total' | 'complete'>): boolean {
  if (section.complete || section.notApplicable === 0) return false;
  return !hasEnoughRatings(section.total - section.notApplicable, section.notApplicable, section.total);
}

/** What to show in place of a section's missing score: why it has none. */
export function noScoreText(section: Pick<SectionScore, 'answered' | 'notApplicable' | 'total' | 'complete'>): 'Too few applied' | 'Incomplete' {
  return tooFewApplied(section) ? 'Too few applied' : 'Incomplete';
}

/** Points one answer one step different moves a 0–100 score, over `rated` items. */
function stepOf(scale: ScaleRange, rated: number): number {
  return 100 / ((scale.max - scale.min) * rated);
}

function toPercent(mean: number, scale: ScaleRange): number {
  return ((mean - scale.min) / (scale.max - scale.min)) * 100;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function requireScale(scale: ScaleRange | null, kind: string): ScaleRange {
  if (!scale) throw new Error(`A response with ${kind} items must record their scale`);
  return scale;
}

// The section scorers below use plain loops and write each result's fields
// out rather than spreading a shared object into it: they run for every
// section of every response when a decade's progress is first built, and in
// Node 20 the spread alone cost about 50 µs a pulse (flatMap far less).

function scoreMean(section: AnsweredSection, items: readonly AnsweredItem[], scale: ScaleRange | null): SectionScore {
  let total = 0;
  for (const item of items) if (item.kind === 'scale') total += 1;
  const range = total > 0 ? requireScale(scale, 'scale') : { min: 0, max: 1 };
  // A section that did not offer "does not apply" counts such an answer as a skip.
  const offered = section.offersNotApplicable !== false;
  const values: number[] = [];
  let notApplicable = 0;
  for (const item of items) {
    if (item.kind !== 'scale') continue;
    // An item answered "does not apply" has no value; the flag is only read when it has none.
    if (item.value !== null) values.push(keyedValue(item.value, item.reverse, range));
    else if (offered && item.notApplicable === true) notApplicable += 1;
  }
  const complete = hasEnoughRatings(values.length, notApplicable, total);
  const exact = complete ? toPercent(mean(values), range) : null;
  const score = exact === null ? null : Math.round(exact);
  const step = complete ? stepOf(range, values.length) : null;
  return {
    sectionId: section.sectionId,
    elementId: section.elementId,
    scoring: section.scoring,
    answered: values.length,
    notApplicable,
    total,
    score,
    aim: null,
    actual: null,
    complete,
    step,
    exact: exact === null ? null : { score: exact, aim: null, actual: null },
  };
}

function scoreGap(section: AnsweredSection, items: readonly AnsweredItem[], scale: ScaleRange | null): SectionScore {
  let total = 0;
  for (const item of items) if (item.kind === 'paired') total += 1;
  const range = total > 0 ? requireScale(scale, 'paired') : { min: 0, max: 1 };
  const both: Array<{ aim: number; actual: number }> = [];
  for (const p of items) {
    if (p.kind !== 'paired' || p.aim === null || p.actual === null) continue;
    both.push({ aim: keyedValue(p.aim, false, range), actual: keyedValue(p.actual, false, range) });
  }
  const complete = isElementComplete(both.length, total);
  const { sectionId, elementId, scoring } = section;
  const answered = both.length;
  if (!complete) return { sectionId, elementId, scoring, answered, notApplicable: 0, total, score: null, aim: null, actual: null, complete, step: null, exact: null };
  const exactAim = toPercent(mean(both.map((p) => p.aim)), range);
  const exactActual = toPercent(mean(both.map((p) => p.actual)), range);
  const aim = Math.round(exactAim);
  const actual = Math.round(exactActual);
  const exact = { score: exactAim - exactActual, aim: exactAim, actual: exactActual };
  return { sectionId, elementId, scoring, answered, notApplicable: 0, total, score: aim - actual, aim, actual, complete, step: stepOf(range, answered), exact };
}

export function scoreSection(
  section: AnsweredSection,
  items: readonly AnsweredItem[],
  response: Pick<AssessmentResponse, 'scale' | 'pairedScale'>,
): SectionScore {
  const own = items.filter((item) => item.sectionId === section.sectionId);
  if (section.scoring === 'mean') return scoreMean(section, own, response.scale);
  if (section.scoring === 'gap') return scoreGap(section, own, response.pairedScale ?? response.scale);
  const answered = own.filter((item) => item.kind !== 'scale' && item.kind !== 'paired' && item.value !== null && item.value.trim() !== '');
  return {
    sectionId: section.sectionId,
    elementId: section.elementId,
    scoring: section.scoring,
    answered: answered.length,
    notApplicable: 0,
    total: own.length,
    score: null,
    aim: null,
    actual: null,
    complete: answered.length > 0,
    step: null,
    exact: null,
  };
}

/** Scores every section of a response, in the order they were presented. */
export function scoreResponse(response: Pick<AssessmentResponse, 'sections' | 'items' | 'scale' | 'pairedScale' | 'overall'>): ResponseScore {
  // The items grouped by section once, in their order, rather than each section filtering them all.
  const bySection = new Map<string, AnsweredItem[]>();
  for (const item of response.items) {
    const own = bySection.get(item.sectionId);
    if (own) own.push(item);
    else bySection.set(item.sectionId, [item]);
  }
  const sections = response.sections.map((section) => scoreSection(section, bySection.get(section.sectionId) ?? [], response));
  const elementSections = sections.filter((s) => s.elementId !== null && s.scoring === 'mean');
  const allComplete = elementSections.length > 0 && elementSections.every((s) => s.complete);
  const overall =
    response.overall === 'mean-of-elements' && allComplete ? Math.round(mean(elementSections.map((s) => s.score ?? 0))) : null;
  return { sections, overall };
}

/** The complete "gap" section with the largest gap (the first, on a tie), if any. */
export function largestGap(score: ResponseScore): SectionScore | undefined {
  let largest: SectionScore | undefined;
  for (const section of score.sections) {
    if (section.scoring !== 'gap' || section.score === null) continue;
    if (!largest || section.score > (largest.score ?? -Infinity)) largest = section;
  }
  return largest;
}
