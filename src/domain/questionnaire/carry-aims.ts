/**
 * Aims asked once and carried forward (`pairedScale.reuseAims`, the presence
 * check): a new draft starts with each paired item's aim from the leader's
 * latest response to the same questionnaire, matched by item id. Only the
 * "actual" ratings are then asked, unless the leader opens the aims to change
 * them. Items with no earlier aim (new in this version, or left unrated) are
 * asked in full, and stay so once their aim is rated: the draft records
 * which items were carried. The stored response still holds both ratings of
 * every pair, so scoring is unchanged.
 */
import type { AssessmentDraft, AssessmentResponse } from './response.ts';

export interface AimsQuestionnaire {
  pairedScale?: { options: ReadonlyArray<{ value: number }>; reuseAims?: boolean | undefined } | undefined;
  sections: ReadonlyArray<{ items: ReadonlyArray<{ type: string; id: string }> }>;
}

/** The draft with aims carried from `latest`, or the draft as it was when there is nothing to carry. */
export function carryAims(
  questionnaire: AimsQuestionnaire,
  draft: AssessmentDraft,
  latest: Pick<AssessmentResponse, 'questionnaireId' | 'completedAt' | 'items'> | undefined,
): AssessmentDraft {
  const scale = questionnaire.pairedScale;
  if (!scale?.reuseAims || !latest || latest.questionnaireId !== draft.questionnaireId) return draft;
  const values = new Set(scale.options.map((o) => o.value));
  const earlier = new Map(latest.items.flatMap((item) => (item.kind === 'paired' && item.aim !== null ? [[item.itemId, item.aim] as const] : [])));
  const answers = { ...draft.answers };
  const carried: string[] = [];
  for (const item of questionnaire.sections.flatMap((s) => s.items)) {
    const aim = earlier.get(item.id);
    if (item.type !== 'paired' || aim === undefined || !values.has(aim) || answers[item.id] !== undefined) continue;
    answers[item.id] = { aim };
    carried.push(item.id);
  }
  if (carried.length === 0) return draft;
  return { ...draft, answers, carriedAims: { from: latest.completedAt, changing: [], items: carried } };
}

/**
 * A stored draft with the carried items named. A draft saved before they were
 * recorded takes the pairs that have an aim as it is opened, so an aim the
 * leader rates after that is never taken for a carried one.
 */
export function withCarriedItems(draft: AssessmentDraft): AssessmentDraft {
  const carried = draft.carriedAims;
  if (!carried || carried.items !== undefined) return draft;
  const items = Object.entries(draft.answers).flatMap(([id, answer]) => (typeof answer === 'object' && answer.aim !== undefined ? [id] : []));
  return { ...draft, carriedAims: { ...carried, items } };
}
