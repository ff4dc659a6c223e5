/**
 * Scoring of a Likert questionnaire response, as pure functions.
 *
 * Rules (also written up for editors in docs/content-authoring.md):
 * - a reverse-keyed answer v counts as (min + max − v);
 * - an element's score is the mean of its answered items mapped onto 0–100,
 *   rounded to the nearest whole number;
 * - an element is incomplete, and has no score, when fewer than two thirds of
 *   its items are answered;
 * - the overall score is the mean of the element scores, and only exists when
 *   every element is complete.
 *
 * The inputs are the items *as they were answered* (with their reverse flags),
 * so a stored response can be re-scored without the content file.
 */
import type { ElementId } from '../elements/element-ids.ts';

export interface ScaleRange {
  min: number;
  max: number;
}

/** One item of a response as it was presented: its element and reverse flag, and the answer if any. */
export interface AnsweredItem {
  itemId: string;
  elementId: ElementId;
  reverse: boolean;
  value: number | null;
}

export interface ElementScore {
  elementId: ElementId;
  answered: number;
  total: number;
  /** 0–100, or null when the element is incomplete. */
  score: number | null;
  complete: boolean;
}

export interface ResponseScore {
  elements: ElementScore[];
  /** Mean of the element scores; null unless every element is complete. */
  overall: number | null;
}

/** The fraction of an element's items that must be answered for it to be scored. */
export const COMPLETION_THRESHOLD = 2 / 3;

/** Maps one answer onto the scale's direction, flipping it when the item is reverse-keyed. */
export function keyedValue(value: number, reverse: boolean, scale: ScaleRange): number {
  if (value < scale.min || value > scale.max || !Number.isInteger(value)) {
    throw new RangeError(`Answer ${value} is outside the scale ${scale.min}–${scale.max}`);
  }
  return reverse ? scale.min + scale.max - value : value;
}

/** Whether enough of an element's items are answered to score it. */
export function isElementComplete(answered: number, total: number): boolean {
  return total > 0 && answered >= Math.ceil(total * COMPLETION_THRESHOLD - 1e-9);
}

export function scoreElement(elementId: ElementId, items: readonly AnsweredItem[], scale: ScaleRange): ElementScore {
  const own = items.filter((item) => item.elementId === elementId);
  const answeredValues = own.flatMap((item) => (item.value === null ? [] : [keyedValue(item.value, item.reverse, scale)]));
  const complete = isElementComplete(answeredValues.length, own.length);
  let score: number | null = null;
  if (complete) {
    const mean = answeredValues.reduce((sum, v) => sum + v, 0) / answeredValues.length;
    score = Math.round(((mean - scale.min) / (scale.max - scale.min)) * 100);
  }
  return { elementId, answered: answeredValues.length, total: own.length, score, complete };
}

/** Scores every element present in the items, in the order given by `elementOrder`. */
export function scoreResponse(
  items: readonly AnsweredItem[],
  scale: ScaleRange,
  elementOrder: readonly ElementId[],
): ResponseScore {
  const present = elementOrder.filter((id) => items.some((item) => item.elementId === id));
  const elements = present.map((id) => scoreElement(id, items, scale));
  const allComplete = elements.length > 0 && elements.every((e) => e.complete);
  const overall = allComplete
    ? Math.round(elements.reduce((sum, e) => sum + (e.score ?? 0), 0) / elements.length)
    : null;
  return { elements, overall };
}
