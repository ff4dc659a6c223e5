/** What Progress shows before there is anything to draw: a kind first word and, for the leader's own profile, the ways to begin. */
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { ASSESSMENT_ID, PULSE_ID } from '../../domain/progress/progress-types.ts';

export function FirstTime({ readOnly }: { readOnly: boolean }) {
  if (readOnly) {
    return (
      <section className="card" aria-labelledby="first-time-heading">
        <h2 id="first-time-heading">Nothing to show yet</h2>
        <p>There are no pulses, self-assessments, presence checks, practices or weekly reflections here yet.</p>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="first-time-heading">
      <h2 id="first-time-heading">Your progress starts here</h2>
      <p>
        As you reflect, this page shows how your leading changes over the weeks and months: your scores for each element, the gap between how you aim to
        lead and how you led, your practice and the weeks you reflected. There is nothing to get right and nothing to catch up on.
      </p>
      <p>
        A good first step is <Link to={paths.assess(PULSE_ID)}>the weekly pulse</Link>, a few minutes on your past week, or{' '}
        <Link to={paths.assess(ASSESSMENT_ID)}>the full self-assessment</Link> when you have more time.
      </p>
    </section>
  );
}
