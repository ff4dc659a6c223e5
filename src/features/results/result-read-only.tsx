/** One result, read-only, for a coach's review of a coachee. */
import type { AssessmentResponse } from '../../domain/questionnaire/response.ts';

export function ResultReadOnly(props: { response: AssessmentResponse }) {
  void props;
  return <p>Not built yet.</p>;
}
