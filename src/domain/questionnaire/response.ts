/**
 * The saved forms of a questionnaire: a finished response and a draft in progress.
 * A response keeps everything needed to re-score and display it later, even after
 * the content changes: questionnaire id and version, the scale, and every item as
 * it was presented (id, element, reverse flag) with its answer.
 */
import type { AnsweredItem, ScaleRange } from '../scoring/score-response.ts';

export interface AssessmentResponse {
  id: string;
  questionnaireId: string;
  questionnaireVersion: number;
  startedAt: string;
  completedAt: string;
  scale: ScaleRange;
  items: AnsweredItem[];
}

/** A questionnaire being answered. There is at most one draft per questionnaire. */
export interface AssessmentDraft {
  questionnaireId: string;
  questionnaireVersion: number;
  startedAt: string;
  updatedAt: string;
  /** Index of the element (step) the user is on. */
  stepIndex: number;
  /** Answers by item id. */
  answers: Record<string, number>;
}

/** Counts how many answers a draft holds, for the "resume or start again" prompt. */
export function countAnswers(draft: Pick<AssessmentDraft, 'answers'>): number {
  return Object.keys(draft.answers).length;
}
