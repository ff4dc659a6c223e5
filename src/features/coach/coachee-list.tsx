/**
 * The coach's list of coachees: each one's name (a link to their review),
 * the date of their latest share and what it covers. Read from the coach
 * profile alone, in one read (no coachee's database is opened), so it shows
 * at once however many coachees and records there are.
 */
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { CoacheeSummary } from '../../domain/coaching/coaching-types.ts';
import { describeCovers } from '../../domain/coaching/share-covers.ts';
import { formatDate } from '../../ui/format.ts';

export function CoacheeList({ coachees }: { coachees: readonly CoacheeSummary[] | undefined }) {
  return (
    <section aria-labelledby="coachees-heading">
      <h2 id="coachees-heading">Coachees</h2>
      {coachees === undefined ? (
        <p role="status">Loading your coachees…</p>
      ) : coachees.length === 0 ? (
        <p>No coachees yet. Open a share file from a leader to add one.</p>
      ) : (
        <ul className="result-list" aria-labelledby="coachees-heading">
          {coachees.map((coachee) => (
            <li key={coachee.linkId} className="card">
              <Link to={paths.coachee(coachee.linkId)}>
                {coachee.displayName}
              </Link>
              <p className="muted">Latest share {formatDate(coachee.latestShareAt)}</p>
              <p>{describeCovers(coachee.covers)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
