/** Helpers for component tests of questionnaires, reading the real content files. */
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Questionnaire, ScaleItem } from '../content/questionnaire-schema.ts';

/** Reads a current questionnaire from content/questionnaires/. */
export function readQuestionnaire(id: string): Questionnaire {
  return JSON.parse(readFileSync(`content/questionnaires/${id}.json`, 'utf8')) as Questionnaire;
}

export const selfAssessment = readQuestionnaire('compassionate-leadership');

export const scaleLabels = selfAssessment.scale!.options.map((o) => o.label);

/** The scale items of a section (the self-assessment has only scale items). */
export function scaleItems(questionnaire: Questionnaire, stepIndex: number): ScaleItem[] {
  return questionnaire.sections[stepIndex]!.items.flatMap((item) => (item.type === 'scale' ? [item] : []));
}

/** Answers every scale item on the screen with the label `pick(item)` chooses. */
export async function answerStep(
  user: UserEvent,
  stepIndex: number,
  pick: (reverse: boolean) => string,
  questionnaire: Questionnaire = selfAssessment,
): Promise<void> {
  for (const item of scaleItems(questionnaire, stepIndex)) {
    const group = screen.getByRole('radiogroup', { name: item.text });
    await user.click(within(group).getByRole('radio', { name: pick(item.reverse) }));
  }
}

/** Picks the answer that scores highest: "Almost always" for forward items, "Rarely or never" for reverse-keyed ones. */
export const best = (reverse: boolean) => (reverse ? scaleLabels[0]! : scaleLabels.at(-1)!);
/** The middle of the scale, which scores 50 whichever way an item is keyed. */
export const middle = () => scaleLabels[2]!;
