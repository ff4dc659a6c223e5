/**
 * The saved forms of a questionnaire: a finished response and a draft in progress.
 *
 * A response keeps everything needed to re-score and display it later, even
 * after the content changes: questionnaire id and version, the scales, every
 * section as it was presented (its element and scoring rule) and every item
 * as it was presented (type, section, reverse flag) with its answer. Scoring
 * reads only these, never the content file.
 *
 * Responses saved before the reflection library (issue 4) had only Likert
 * items keyed by element; `upgradeResponse` reads that older shape.
 */
import type { ElementId } from '../elements/element-ids.ts';

export interface ScaleRange {
  min: number;
  max: number;
}

export type ScoringMethod = 'mean' | 'gap' | 'none';
export type OverallRule = 'mean-of-elements' | 'none';

/** A section as it was presented: how it was scored, and the element it reflects on (if any). */
export interface AnsweredSection {
  sectionId: string;
  elementId: ElementId | null;
  scoring: ScoringMethod;
  /**
   * False when the section did not offer "does not apply" though its scale
   * had one (the pulse's energy items): an answer there is a rating or a skip.
   * Absent otherwise, and in responses saved before sections could say so.
   */
  offersNotApplicable?: false;
}

/**
 * A scale item's answer. `notApplicable` is true when the leader answered
 * "does not apply" (the value is then null); absent in responses saved
 * before that answer existed, and on items simply skipped.
 */
export type AnsweredItem =
  | { kind: 'scale'; itemId: string; sectionId: string; reverse: boolean; value: number | null; notApplicable?: true }
  | { kind: 'paired'; itemId: string; sectionId: string; aim: number | null; actual: number | null }
  | { kind: 'choice'; itemId: string; sectionId: string; value: string | null }
  | { kind: 'text'; itemId: string; sectionId: string; value: string | null };

export interface AssessmentResponse {
  id: string;
  questionnaireId: string;
  questionnaireVersion: number;
  startedAt: string;
  completedAt: string;
  /** The range of the scale items' answers; null when there are none. */
  scale: ScaleRange | null;
  /** The range of the paired items' answers; null when there are none. */
  pairedScale: ScaleRange | null;
  sections: AnsweredSection[];
  overall: OverallRule;
  items: AnsweredItem[];
  /** Answers to the optional challenge prompts, by section id. */
  notes: Record<string, string>;
}

/** A paired item's two ratings while it is being answered. */
export interface PairedAnswer {
  aim?: number;
  actual?: number;
}

/** A draft's answer to a scale item that does not apply (offered when the scale has `notApplicable`). */
export const NOT_APPLICABLE = 'not-applicable';

/** A draft's answer: a scale rating or NOT_APPLICABLE, a paired rating, a chosen option's id, or free text. */
export type DraftAnswer = number | string | PairedAnswer;

/** A questionnaire being answered. There is at most one draft per questionnaire. */
export interface AssessmentDraft {
  questionnaireId: string;
  questionnaireVersion: number;
  startedAt: string;
  updatedAt: string;
  /** Index of the section (step) the user is on. */
  stepIndex: number;
  /** Answers by item id. */
  answers: Record<string, DraftAnswer>;
  /** Answers to challenge prompts by section id (absent in drafts saved before issue 4). */
  notes?: Record<string, string>;
  /**
   * Set when the aims of paired items were filled in from an earlier response
   * (`pairedScale.reuseAims`): when that response was completed, and the
   * sections whose aims the leader has opened to change. Absent otherwise.
   */
  carriedAims?: CarriedAims;
}

export interface CarriedAims {
  /** completedAt of the response the aims came from. */
  from: string;
  /** Sections whose aims are shown for changing. */
  changing: string[];
  /**
   * The paired items whose aims were carried when the draft was made; every
   * other pair is asked in full. Absent in drafts saved before it was kept:
   * `withCarriedItems` (carry-aims.ts) takes the pairs that had an aim when the draft was opened.
   */
  items?: string[];
}

/** Whether a draft answer says anything: blank text and an empty pair do not count. */
export function isAnswered(answer: DraftAnswer | undefined): boolean {
  if (answer === undefined) return false;
  if (typeof answer === 'string') return answer.trim().length > 0;
  if (typeof answer === 'number') return true;
  return answer.aim !== undefined || answer.actual !== undefined;
}

/**
 * Counts how many items a draft has answers for, for progress and the "resume
 * or start again" prompt. A pair whose aim was carried counts once its actual
 * is rated: the carried aim alone is not something the leader has answered
 * yet. A pair that was not carried counts like any other answer.
 */
export function countAnswers(draft: Pick<AssessmentDraft, 'answers' | 'carriedAims'>): number {
  const carried = draft.carriedAims;
  const answered = ([itemId, answer]: [string, DraftAnswer]) =>
    carried && typeof answer === 'object' && (carried.items === undefined || carried.items.includes(itemId))
      ? answer.actual !== undefined
      : isAnswered(answer);
  return Object.entries(draft.answers).filter(answered).length;
}

/** The shape of a response saved before issue 4: Likert items keyed by element. */
interface LegacyResponse {
  id: string;
  questionnaireId: string;
  questionnaireVersion: number;
  startedAt: string;
  completedAt: string;
  scale: ScaleRange;
  items: Array<{ itemId: string; elementId: ElementId; reverse: boolean; value: number | null }>;
}

/**
 * Reads a stored response of either shape. A legacy response becomes one
 * "mean"-scored section per element, with the overall as the mean of elements,
 * which is exactly how it was scored when it was saved.
 */
export function upgradeResponse(stored: AssessmentResponse | LegacyResponse): AssessmentResponse {
  if ('sections' in stored) return stored;
  const sections: AnsweredSection[] = [];
  for (const item of stored.items) {
    if (!sections.some((s) => s.sectionId === item.elementId)) {
      sections.push({ sectionId: item.elementId, elementId: item.elementId, scoring: 'mean' });
    }
  }
  return {
    ...stored,
    pairedScale: null,
    sections,
    overall: 'mean-of-elements',
    items: stored.items.map(({ itemId, elementId, reverse, value }) => ({ kind: 'scale', itemId, sectionId: elementId, reverse, value })),
    notes: {},
  };
}

export type { LegacyResponse };
