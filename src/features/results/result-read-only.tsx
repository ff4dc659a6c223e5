/**
 * One result, read-only, for a coach's review of a coachee (composed into the
 * coach's screens by the app): when it was answered and with which version,
 * the overall score, then the same findings the leader sees on their own
 * results screen (scores, feedback, written answers when they were shared).
 * No change since an earlier result, no links to take a reflection or choose
 * an intention, nothing to edit. The coach's screen gives it its heading.
 */
import type { AssessmentResponse } from '../../domain/questionnaire/response.ts';
import { scoreResponse } from '../../domain/scoring/score-response.ts';
import { formatDate } from '../../ui/format.ts';
import { ResultFindings } from './result-findings.tsx';
import { useQuestionnaireVersion } from './use-result.ts';

export function ResultReadOnly({ response }: { response: AssessmentResponse }) {
  const questionnaire = useQuestionnaireVersion(response.questionnaireId, response.questionnaireVersion);
  if (questionnaire === undefined) return <p role="status">Loading the result…</p>;
  const score = scoreResponse(response);
  const title = questionnaire?.title ?? response.questionnaireId;
  return (
    <>
      <p>
        {title} (version {response.questionnaireVersion}), completed {formatDate(response.completedAt)}.
        {score.overall !== null && ` Overall: ${score.overall} out of 100.`}
      </p>
      <ResultFindings response={response} score={score} questionnaire={questionnaire} whose="coachee" />
    </>
  );
}
