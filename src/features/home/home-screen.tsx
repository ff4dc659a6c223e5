/**
 * Today: the start of every visit. The heading, introduction and the way into
 * the self-assessment paint at once; `records` (the draft and past results,
 * which need storage) is composed in by the app and fills in when storage is open.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useSession } from '../../state/session-store.ts';
import { ButtonLink } from '../../ui/button.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';

export const SELF_ASSESSMENT_ID = 'compassionate-leadership';

export function HomeScreen({ records }: { records: ReactNode }) {
  useDocumentTitle('Today');
  const status = useSession((s) => s.status);
  // While nobody's profile is open, the records slot holds the picker or the unlock form alone.
  if (status === 'choose' || status === 'locked') return records;
  return (
    <>
      <h1>Today</h1>
      <p>Take a few quiet minutes to look at how you have been leading. Everything you write stays on this device.</p>
      <section className="card" aria-labelledby="self-assessment-heading">
        <h2 id="self-assessment-heading">Compassionate leadership self-assessment</h2>
        <p>
          About ten minutes, one element at a time: attending, understanding, empathising and helping. You will see a
          score for each, what it might mean, and practices to try.
        </p>
        <ButtonLink to={paths.assess(SELF_ASSESSMENT_ID)}>Open the self-assessment</ButtonLink>
      </section>
      {records}
      <p className="muted">
        Nothing here leaves this device. <Link to={paths.settings()}>Storage settings</Link>
      </p>
    </>
  );
}
