/**
 * Turns a draft into a finished response: every item of the questionnaire as
 * it was presented (id, element, reverse flag) with its answer or null.
 * The questionnaire type here is structural, so the domain does not depend on
 * the content layer.
 */
import type { ElementId } from '../elements/element-ids.ts';
import type { AssessmentDraft, AssessmentResponse } from './response.ts';

export interface ScoredQuestionnaire {
  id: string;
  version: number;
  scale: { options: ReadonlyArray<{ value: number }> };
  elements: ReadonlyArray<{ id: ElementId; items: ReadonlyArray<{ id: string; reverse: boolean }> }>;
}

export function scaleRange(questionnaire: ScoredQuestionnaire): { min: number; max: number } {
  const values = questionnaire.scale.options.map((o) => o.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

export function buildResponse(
  questionnaire: ScoredQuestionnaire,
  draft: AssessmentDraft,
  id: string,
  completedAt: Date,
): AssessmentResponse {
  if (draft.questionnaireId !== questionnaire.id || draft.questionnaireVersion !== questionnaire.version) {
    throw new Error(`Draft of ${draft.questionnaireId} v${draft.questionnaireVersion} cannot finish ${questionnaire.id} v${questionnaire.version}`);
  }
  return {
    id,
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    startedAt: draft.startedAt,
    completedAt: completedAt.toISOString(),
    scale: scaleRange(questionnaire),
    items: questionnaire.elements.flatMap((element) =>
      element.items.map((item) => ({
        itemId: item.id,
        elementId: element.id,
        reverse: item.reverse,
        value: draft.answers[item.id] ?? null,
      })),
    ),
  };
}

/** A new, empty draft for a questionnaire. */
export function newDraft(questionnaire: Pick<ScoredQuestionnaire, 'id' | 'version'>, now: Date): AssessmentDraft {
  const iso = now.toISOString();
  return { questionnaireId: questionnaire.id, questionnaireVersion: questionnaire.version, startedAt: iso, updatedAt: iso, stepIndex: 0, answers: {} };
}
