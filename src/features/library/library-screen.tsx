/**
 * /reflections, "Reflect" in the main navigation: the weekly reflection first,
 * as the week's one way in, then every reflective instrument, with how long
 * it takes, a way in, and a link to its history.
 */
import { paths } from '../../app/paths.ts';
import { catalogue } from '../../content/catalogue.ts';
import type { Purpose } from '../../content/questionnaire-schema.ts';
import { ButtonLink } from '../../ui/button.tsx';
import { minutesInWords } from '../../ui/format-prose.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';

const WHEN: Record<Purpose, string> = {
  pulse: 'Weekly',
  presence: 'Weekly or fortnightly',
  'self-care': 'Whenever you need it',
  assessment: 'Every few months',
  reflection: 'When you have time to think',
};

export function LibraryScreen() {
  useDocumentTitle('Reflections');
  return (
    <>
      <h1>Reflections</h1>
      <p>Short weekly check-ins, a deeper look every few months, and open questions to think through in writing.</p>
      <section className="card card--lead" aria-labelledby="weekly-reflection-heading">
        <h2 id="weekly-reflection-heading">The weekly reflection</h2>
        <p>Once a week, in five short parts: the weekly pulse, a short practice, a journal prompt, what became of last week’s intention, and an intention for the week ahead.</p>
        <div className="button-row">
          <ButtonLink to={paths.reflect()}>Open the weekly reflection</ButtonLink>
        </div>
      </section>
      <h2>All reflections</h2>
      <ul className="instrument-list">
        {catalogue.map((entry) => (
          <li key={entry.id} className="card" aria-labelledby={`instrument-${entry.id}`}>
            <h3 id={`instrument-${entry.id}`}>{entry.title}</h3>
            <p className="muted">
              {WHEN[entry.purpose]} · about {minutesInWords(entry.estimatedMinutes)}
              {entry.minutesWithNotes !== null && `, ${entry.minutesWithNotes} with the optional notes`}
            </p>
            <p>{entry.summary}</p>
            <div className="button-row">
              <ButtonLink to={paths.assess(entry.id)}>
                Start<span className="visually-hidden">: {entry.title}</span>
              </ButtonLink>
              <ButtonLink variant="secondary" to={paths.history(entry.id)}>
                Past results<span className="visually-hidden"> of the {entry.shortTitle.toLowerCase()}</span>
              </ButtonLink>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
