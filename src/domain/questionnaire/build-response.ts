/**
 * Turns a draft into a finished response: every section and item of the
 * questionnaire as it was presented, with its answer or null. The
 * questionnaire type here is structural, so the domain does not depend on
 * the content layer.
 */
import type { ElementId } from '../elements/element-ids.ts';
import { NOT_APPLICABLE } from './response.ts';
import type {
  AnsweredItem,
  AssessmentDraft,
  AssessmentResponse,
  DraftAnswer,
  OverallRule,
  ScaleRange,
  ScoringMethod,
} from './response.ts';

type StructuralItem =
  | { type: 'scale'; id: string; reverse: boolean }
  | { type: 'paired'; id: string }
  | { type: 'choice'; id: string; options: ReadonlyArray<{ id: string }> }
  | { type: 'text'; id: string };

export interface ScoredQuestionnaire {
  id: string;
  version: number;
  scale?: { options: ReadonlyArray<{ value: number }>; notApplicable?: string | undefined } | undefined;
  pairedScale?: { options: ReadonlyArray<{ value: number }> } | undefined;
  overall: OverallRule;
  sections: ReadonlyArray<{
    id: string;
    element?: ElementId | undefined;
    scoring: ScoringMethod;
    items: ReadonlyArray<StructuralItem>;
    offersNotApplicable?: boolean | undefined;
  }>;
}

/** Whether a section's scale items offer "does not apply": the scale has the answer and the section does not opt out. */
export function offersNotApplicable(
  scale: { notApplicable?: string | undefined } | undefined,
  section: { offersNotApplicable?: boolean | undefined },
): boolean {
  return scale?.notApplicable !== undefined && section.offersNotApplicable !== false;
}

function range(scale: { options: ReadonlyArray<{ value: number }> } | undefined): ScaleRange | null {
  if (!scale) return null;
  const values = scale.options.map((o) => o.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** The lowest and highest values of the questionnaire's scale (null when it has no scale items). */
export function scaleRange(questionnaire: Pick<ScoredQuestionnaire, 'scale'>): ScaleRange | null {
  return range(questionnaire.scale);
}

/** `offered`: the section offers a "does not apply" answer, so a draft's NOT_APPLICABLE is recorded as such (else it is a skip). */
function answerFor(item: StructuralItem, sectionId: string, answer: DraftAnswer | undefined, offered: boolean): AnsweredItem {
  switch (item.type) {
    case 'scale': {
      const scale = { kind: 'scale', itemId: item.id, sectionId, reverse: item.reverse, value: typeof answer === 'number' ? answer : null } as const;
      return offered && answer === NOT_APPLICABLE ? { ...scale, notApplicable: true } : scale;
    }
    case 'paired': {
      const pair = typeof answer === 'object' ? answer : {};
      return { kind: 'paired', itemId: item.id, sectionId, aim: pair.aim ?? null, actual: pair.actual ?? null };
    }
    case 'choice': {
      const chosen = typeof answer === 'string' && item.options.some((o) => o.id === answer) ? answer : null;
      return { kind: 'choice', itemId: item.id, sectionId, value: chosen };
    }
    case 'text': {
      const text = typeof answer === 'string' && answer.trim() !== '' ? answer : null;
      return { kind: 'text', itemId: item.id, sectionId, value: text };
    }
  }
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
  const sectionIds = new Set(questionnaire.sections.map((s) => s.id));
  const notes = Object.fromEntries(
    Object.entries(draft.notes ?? {}).filter(([sectionId, note]) => sectionIds.has(sectionId) && note.trim() !== ''),
  );
  return {
    id,
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    startedAt: draft.startedAt,
    completedAt: completedAt.toISOString(),
    scale: range(questionnaire.scale),
    pairedScale: range(questionnaire.pairedScale),
    overall: questionnaire.overall,
    sections: questionnaire.sections.map((s) => ({
      sectionId: s.id,
      elementId: s.element ?? null,
      scoring: s.scoring,
      // Recorded only where a section opts out while its scale offers the answer, so other responses keep their shape.
      ...(questionnaire.scale?.notApplicable !== undefined && s.offersNotApplicable === false ? { offersNotApplicable: false as const } : {}),
    })),
    items: questionnaire.sections.flatMap((section) =>
      section.items.map((item) => answerFor(item, section.id, draft.answers[item.id], offersNotApplicable(questionnaire.scale, section))),
    ),
    notes,
  };
}

/** A new, empty draft for a questionnaire. */
export function newDraft(questionnaire: Pick<ScoredQuestionnaire, 'id' | 'version'>, now: Date): AssessmentDraft {
  const iso = now.toISOString();
  return {
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    startedAt: iso,
    updatedAt: iso,
    stepIndex: 0,
    answers: {},
    notes: {},
  };
}
