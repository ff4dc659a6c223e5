/**
 * What the leader wrote or chose in one result (free-text answers, choices
 * and notes on the challenge prompts), with the question each answers in
 * the version it was answered with: for the report, only when the leader
 * asks to include them.
 */
import type { Questionnaire } from '../../content/questionnaire-schema.ts';
import type { AssessmentResponse } from '../../domain/questionnaire/response.ts';

export interface WrittenAnswer {
  key: string;
  question: string;
  answer: string;
}

export function writtenAnswersOf(response: AssessmentResponse, questionnaire: Questionnaire | null): WrittenAnswer[] {
  const answers: WrittenAnswer[] = [];
  for (const section of response.sections) {
    const content = questionnaire?.sections.find((s) => s.id === section.sectionId);
    for (const item of response.items) {
      if (item.sectionId !== section.sectionId || (item.kind !== 'text' && item.kind !== 'choice') || item.value === null || item.value.trim() === '') continue;
      const asked = content?.items.find((i) => i.id === item.itemId);
      const answer = item.kind === 'choice' && asked?.type === 'choice' ? (asked.options.find((o) => o.id === item.value)?.label ?? item.value) : item.value;
      answers.push({ key: item.itemId, question: asked?.text ?? 'A question from an earlier version', answer });
    }
    const note = response.notes[section.sectionId];
    if (note) answers.push({ key: `${section.sectionId}-note`, question: content?.challengePrompt ?? 'Your note', answer: note });
  }
  return answers;
}
