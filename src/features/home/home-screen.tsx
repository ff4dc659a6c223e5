/**
 * Today: the start of every visit. The heading and introduction paint at
 * once; `records` (composed in by the app, filled in when storage is open)
 * comes next and opens with the weekly reflection, the one way into the
 * week. The other reflections follow as quieter ways in for when there is
 * time: they are never the week's first step.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { catalogue } from '../../content/catalogue.ts';
import { WEEKLY_PULSE_ID } from '../../domain/weekly/weekly-reflection.ts';
import { useSession } from '../../state/session-store.ts';
import { ButtonLink } from '../../ui/button.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { minutesInWords } from '../../ui/format-prose.ts';

export const SELF_ASSESSMENT_ID = 'compassionate-leadership';
export const PRESENCE_ID = 'leadership-presence';

/** "about N minutes" for an instrument, from the catalogue; empty when it is not listed. */
function duration(id: string): string {
  const minutes = catalogue.find((entry) => entry.id === id)?.estimatedMinutes;
  return minutes === undefined ? '' : `about ${minutesInWords(minutes)}`;
}

export function HomeScreen({ records }: { records: ReactNode }) {
  useDocumentTitle('Today');
  const status = useSession((s) => s.status);
  // While nobody's profile is open, the records slot holds the picker or the unlock form alone.
  if (status === 'choose' || status === 'locked') return records;
  const selfAssessment = duration(SELF_ASSESSMENT_ID);
  const pulse = duration(WEEKLY_PULSE_ID);
  const presence = duration(PRESENCE_ID);
  return (
    <>
      <h1>Today</h1>
      <p>A few quiet minutes to look at how you have been leading. Everything you write stays on this device.</p>
      {records}
      <section className="card" aria-labelledby="more-heading">
        <h2 id="more-heading">When you have more time</h2>
        <p>
          <Link to={paths.assess(WEEKLY_PULSE_ID)}>Take the weekly pulse</Link>
          {pulse && ` (${pulse})`} on its own: it is the first part of the weekly reflection, and one taken this week is carried into it.
        </p>
        <p>
          <Link to={paths.assess(PRESENCE_ID)}>Check my leadership presence</Link>
          {presence && ` (${presence})`}: how you aim to lead beside how you actually led.
        </p>
        <p>
          <Link to={paths.journal()}>Your journal</Link> and <Link to={paths.practice()}>guided practices</Link>, any day.
        </p>
        <h3 id="self-assessment-heading">Compassionate leadership self-assessment</h3>
        <p>
          Every few months{selfAssessment && `, ${selfAssessment}`}, one element at a time. You will see a score for each,
          what it might mean, and practices to try.
        </p>
        <ButtonLink variant="secondary" to={paths.assess(SELF_ASSESSMENT_ID)}>
          Open the self-assessment
        </ButtonLink>
        <p>
          <Link to={paths.library()}>All reflections</Link>, including self-care, inclusive leadership and the clinical
          leadership key questions.
        </p>
      </section>
      <p className="muted">
        Nothing here leaves this device. <Link to={paths.settings()}>Storage settings</Link>
      </p>
    </>
  );
}
