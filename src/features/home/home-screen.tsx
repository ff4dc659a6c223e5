/**
 * Today: the start of every visit. The heading, introduction and the ways
 * into this week's reflections paint at once; `records` (the intention in
 * progress, unfinished drafts and past results, which need storage) is
 * composed in by the app and fills in when storage is open.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useSession } from '../../state/session-store.ts';
import { ButtonLink } from '../../ui/button.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';

export const SELF_ASSESSMENT_ID = 'compassionate-leadership';
export const WEEKLY_PULSE_ID = 'weekly-pulse';
export const PRESENCE_ID = 'leadership-presence';

export function HomeScreen({ records }: { records: ReactNode }) {
  useDocumentTitle('Today');
  const status = useSession((s) => s.status);
  // While nobody's profile is open, the records slot holds the picker or the unlock form alone.
  if (status === 'choose' || status === 'locked') return records;
  return (
    <>
      <h1>Today</h1>
      <p>Take a few quiet minutes to look at how you have been leading. Everything you write stays on this device.</p>
      <section className="card" aria-labelledby="this-week-heading">
        <h2 id="this-week-heading">This week</h2>
        <p>
          A two-minute pulse on attending, understanding, empathising and helping, and on your own energy. When you have
          five minutes more, compare how you aim to lead with how you actually led.
        </p>
        <div className="button-row">
          <ButtonLink to={paths.assess(WEEKLY_PULSE_ID)}>Take the weekly pulse</ButtonLink>
          <ButtonLink variant="secondary" to={paths.assess(PRESENCE_ID)}>
            Check my leadership presence
          </ButtonLink>
        </div>
      </section>
      <section className="card" aria-labelledby="self-assessment-heading">
        <h2 id="self-assessment-heading">Compassionate leadership self-assessment</h2>
        <p>
          Every few months: about ten minutes, one element at a time. You will see a score for each, what it might mean,
          and practices to try.
        </p>
        <ButtonLink variant="secondary" to={paths.assess(SELF_ASSESSMENT_ID)}>
          Open the self-assessment
        </ButtonLink>
      </section>
      <p>
        <Link to={paths.library()}>All reflections</Link>, including self-care, inclusive leadership and the clinical
        leadership key questions.
      </p>
      {records}
      <p className="muted">
        Nothing here leaves this device. <Link to={paths.settings()}>Storage settings</Link>
      </p>
    </>
  );
}
