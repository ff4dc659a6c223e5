/** The list of past results on the home screen, newest first. */
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { ELEMENT_IDS } from '../../domain/elements/element-ids.ts';
import type { AssessmentResponse } from '../../domain/questionnaire/response.ts';
import { scoreResponse } from '../../domain/scoring/score-response.ts';
import { formatDate } from '../../ui/format.ts';

export function PastResults({ responses }: { responses: readonly AssessmentResponse[] }) {
  return (
    <section aria-labelledby="past-results-heading">
      <h2 id="past-results-heading">Past results</h2>
      {responses.length === 0 ? (
        <p className="muted">No results yet. When you finish a self-assessment, it will be listed here.</p>
      ) : (
        <ul className="result-list">
          {responses.map((response) => {
            const overall = scoreResponse(response.items, response.scale, ELEMENT_IDS).overall;
            return (
              <li key={response.id}>
                <Link to={paths.result(response.id)}>
                  <span>Self-assessment, {formatDate(response.completedAt)}</span>
                  <span className="muted">{overall === null ? 'Some elements incomplete' : `Overall ${overall} out of 100`}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
