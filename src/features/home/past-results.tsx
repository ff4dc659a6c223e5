/** The list of past results on the home screen, newest first, each named by its instrument. */
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { shortTitleOf } from '../../content/catalogue.ts';
import type { AssessmentResponse } from '../../domain/questionnaire/response.ts';
import { scoreResponse, tooFewApplied } from '../../domain/scoring/score-response.ts';
import { formatDate } from '../../ui/format.ts';

/** How many results Today lists; the rest are in each instrument's history. */
export const RECENT_RESULTS = 10;

/** One line about a result, whatever its instrument. */
export function summary(response: AssessmentResponse): string {
  const score = scoreResponse(response);
  if (response.overall === 'mean-of-elements') {
    return score.overall === null ? 'Some sections not scored' : `Overall ${score.overall} out of 100`;
  }
  const scoredSections = score.sections.filter((s) => s.scoring !== 'none');
  if (scoredSections.length === 0) return 'Written reflection';
  const complete = scoredSections.filter((s) => s.score !== null);
  if (complete.length === 0) return scoredSections.every(tooFewApplied) ? 'Too few questions applied to score' : 'Not enough answers to score';
  const gaps = complete.filter((s) => s.scoring === 'gap');
  if (gaps.length > 0) {
    const largest = Math.max(...gaps.map((s) => s.score ?? 0));
    return largest <= 0 ? 'At or above your aim' : `Largest gap ${largest} points`;
  }
  if (scoredSections.length === 1) return `${complete[0]!.score} out of 100`;
  return `${complete.length} of ${scoredSections.length} sections scored`;
}

export function PastResults({ responses }: { responses: readonly AssessmentResponse[] }) {
  const recent = responses.slice(0, RECENT_RESULTS);
  return (
    <section aria-labelledby="past-results-heading">
      <h2 id="past-results-heading">Past results</h2>
      {responses.length === 0 ? (
        <p className="muted">No results yet. When you finish a reflection, it will be listed here.</p>
      ) : (
        <>
          <ul className="result-list">
            {recent.map((response) => (
              <li key={response.id}>
                <Link to={paths.result(response.id)}>
                  <span>
                    {shortTitleOf(response.questionnaireId)}, {formatDate(response.completedAt)}
                  </span>
                  <span className="muted">{summary(response)}</span>
                </Link>
              </li>
            ))}
          </ul>
          {responses.length > RECENT_RESULTS && (
            <p>
              <Link to={paths.library()}>Older results are in each reflection’s history</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
