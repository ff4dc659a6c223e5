/**
 * Aims carried from an earlier presence check, shown read-only and compact
 * above a step's "actual" ratings, with a way to open them for changing.
 */
import { useId } from 'react';
import type { Questionnaire, QuestionnaireSection } from '../../content/questionnaire-schema.ts';
import type { DraftAnswer } from '../../domain/questionnaire/response.ts';
import { Button } from '../../ui/button.tsx';
import { formatDate } from '../../ui/format.ts';

export function CarriedAimsSummary({ questionnaire, section, answers, items, from, readOnly, onChange }: {
  questionnaire: Questionnaire;
  section: QuestionnaireSection;
  answers: Record<string, DraftAnswer>;
  /** The ids of this step's items whose aims were carried: only these are listed. */
  items: readonly string[];
  /** When the response the aims came from was completed. */
  from: string;
  readOnly: boolean;
  onChange: () => void;
}) {
  const titleId = useId();
  const labelOf = (value: number) => questionnaire.pairedScale?.options.find((o) => o.value === value)?.label ?? String(value);
  const aims = section.items.flatMap((item) => {
    const answer = answers[item.id];
    return item.type === 'paired' && items.includes(item.id) && typeof answer === 'object' && answer.aim !== undefined ? [{ id: item.id, text: item.text, aim: answer.aim }] : [];
  });
  return (
    <div className="card carried-aims" role="group" aria-labelledby={titleId}>
      <p id={titleId} className="carried-aims__title">
        Your aims, carried from {formatDate(from)}
      </p>
      <ul className="carried-aims__list">
        {aims.map((aim) => (
          <li key={aim.id}>
            {aim.text}
            <br />
            {questionnaire.pairedScale?.aimLabel}: <strong>{labelOf(aim.aim)}</strong>
          </li>
        ))}
      </ul>
      <p className="muted">Below, rate only how you actually led. Your aims stay as they are unless you change them.</p>
      <Button variant="secondary" disabled={readOnly} onClick={onChange}>
        Change my aims
      </Button>
    </div>
  );
}
