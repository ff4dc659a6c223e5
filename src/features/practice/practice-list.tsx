/** The guided practices, shortest first: title, length, when it helps, summary and "Begin". */
import { paths } from '../../app/paths.ts';
import type { Practice } from '../../content/practice-schema.ts';
import { practiceMinutes } from '../../content/practices.ts';
import { ButtonLink } from '../../ui/button.tsx';
import { minutesText } from './log-entry.ts';

export function PracticeList({ practices }: { practices: readonly Practice[] }) {
  return (
    <ul className="instrument-list" aria-label="Guided practices">
      {practices.map((practice) => (
        <li key={practice.id} className="card">
          <h3>{practice.title}</h3>
          <p className="muted">
            {minutesText(practiceMinutes(practice))} · {practice.when}
          </p>
          <p>{practice.summary}</p>
          <ButtonLink to={paths.practicePlayer(practice.id)}>
            Begin<span className="visually-hidden">: {practice.title}</span>
          </ButtonLink>
        </li>
      ))}
    </ul>
  );
}
