/**
 * What the leader wrote or chose: free-text answers, choices and notes on
 * the challenge prompts, grouped by section. Shown as plain text only.
 */
import type { Questionnaire } from '../../content/questionnaire-schema.ts';
import type { AssessmentResponse } from '../../domain/questionnaire/response.ts';
import { PlainText } from '../../ui/text-area-field.tsx';

interface Entry {
  key: string;
  question: string;
  answer: string;
}

function entriesFor(response: AssessmentResponse, questionnaire: Questionnaire | null, sectionId: string): Entry[] {
  const section = questionnaire?.sections.find((s) => s.id === sectionId);
  const entries: Entry[] = [];
  for (const item of response.items) {
    if (item.sectionId !== sectionId || (item.kind !== 'text' && item.kind !== 'choice') || item.value === null) continue;
    const content = section?.items.find((i) => i.id === item.itemId);
    const question = content?.text ?? 'A question from an earlier version';
    const answer =
      item.kind === 'choice' && content?.type === 'choice'
        ? (content.options.find((o) => o.id === item.value)?.label ?? item.value)
        : item.value;
    entries.push({ key: item.itemId, question, answer });
  }
  const note = response.notes[sectionId];
  if (note) entries.push({ key: `${sectionId}-note`, question: section?.challengePrompt ?? 'Your note', answer: note });
  return entries;
}

export function WrittenAnswers({ response, questionnaire, heading = 'What you wrote' }: { response: AssessmentResponse; questionnaire: Questionnaire | null; heading?: string }) {
  const groups = response.sections
    .map((section) => ({
      id: section.sectionId,
      title: questionnaire?.sections.find((s) => s.id === section.sectionId)?.title ?? section.sectionId,
      entries: entriesFor(response, questionnaire, section.sectionId),
    }))
    .filter((group) => group.entries.length > 0);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="written-answers-heading">
      <h2 id="written-answers-heading">{heading}</h2>
      {groups.map((group) => (
        <section key={group.id} className="card" aria-labelledby={`written-${group.id}`}>
          <h3 id={`written-${group.id}`}>{group.title}</h3>
          <dl className="answer-list">
            {group.entries.map((entry) => (
              <div key={entry.key}>
                <dt>{entry.question}</dt>
                <dd>
                  <PlainText text={entry.answer} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </section>
  );
}
