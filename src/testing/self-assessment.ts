/** Helpers for component tests of the self-assessment, reading the real content file. */
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Questionnaire } from '../content/questionnaire-schema.ts';

export const selfAssessment = JSON.parse(
  readFileSync('content/questionnaires/compassionate-leadership.json', 'utf8'),
) as Questionnaire;

export const scaleLabels = selfAssessment.scale.options.map((o) => o.label);

/** Answers every item on the screen with the label `pick(item)` chooses. */
export async function answerStep(user: UserEvent, stepIndex: number, pick: (reverse: boolean) => string): Promise<void> {
  for (const item of selfAssessment.elements[stepIndex]!.items) {
    const group = screen.getByRole('radiogroup', { name: item.text });
    await user.click(within(group).getByRole('radio', { name: pick(item.reverse) }));
  }
}

/** Picks the answer that scores highest: "Almost always" for forward items, "Rarely or never" for reverse-keyed ones. */
export const best = (reverse: boolean) => (reverse ? scaleLabels[0]! : scaleLabels.at(-1)!);
/** The middle of the scale, which scores 50 whichever way an item is keyed. */
export const middle = () => scaleLabels[2]!;
