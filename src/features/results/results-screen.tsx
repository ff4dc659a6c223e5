/**
 * /results/:responseId — a finished self-assessment: the four element scores
 * (bars, and a table with the same figures and the change since the previous
 * result), then each element's band with its feedback and practices.
 */
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { ELEMENT_IDS } from '../../domain/elements/element-ids.ts';
import { compareScores } from '../../domain/scoring/compare.ts';
import { scoreResponse } from '../../domain/scoring/score-response.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import { formatDate } from '../../ui/format.ts';
import { ScoreBars } from '../../ui/score-bars.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { ElementFeedback } from './element-feedback.tsx';
import { KeepACopy } from './keep-a-copy.tsx';
import { ScoreTable } from './score-table.tsx';
import { useQuestionnaireVersion, useResult } from './use-result.ts';

export function ResultsScreen() {
  const { responseId = '' } = useParams();
  const connection = useConnection();
  const guest = useSession((s) => s.profile?.guest ?? false);
  const result = useResult(connection, responseId);
  const questionnaire = useQuestionnaireVersion(result?.response.questionnaireId, result?.response.questionnaireVersion);
  useDocumentTitle('Your result');

  if (result === undefined || (result && questionnaire === undefined)) return <p role="status">Loading your result…</p>;
  if (result === null) {
    return (
      <>
        <h1>Result not found</h1>
        <p>
          This result is not on this device. <Link to={paths.home()}>See your past results on Today</Link>
        </p>
      </>
    );
  }

  const { response, previous } = result;
  const score = scoreResponse(response.items, response.scale, ELEMENT_IDS);
  const comparison = previous ? compareScores(score, scoreResponse(previous.items, previous.scale, ELEMENT_IDS)) : undefined;
  const elementName = (id: string) => questionnaire?.elements.find((e) => e.id === id)?.name ?? id;

  return (
    <>
      <h1>Your result</h1>
      <p>
        {questionnaire?.title ?? 'Self-assessment'}, completed {formatDate(response.completedAt)}.{' '}
        {score.overall === null
          ? 'Some elements had too few answers to score, so there is no overall score.'
          : `Overall: ${score.overall} out of 100.`}
      </p>
      {guest && <KeepACopy response={response} score={score} />}
      <ScoreBars
        caption="Your scores by element (0 to 100)"
        bars={score.elements.map((e) => ({ id: e.elementId, label: elementName(e.elementId), score: e.score, emptyText: 'Incomplete' }))}
      />
      <ScoreTable score={score} comparison={comparison} previousDate={previous?.completedAt} elementName={elementName} />
      {questionnaire === null && (
        <p className="muted">The wording of this version of the questionnaire is not available, so only scores are shown.</p>
      )}
      {questionnaire &&
        score.elements.map((element) => {
          const content = questionnaire.elements.find((e) => e.id === element.elementId);
          return content ? <ElementFeedback key={element.elementId} element={content} score={element} /> : null;
        })}
      <p className="muted">
        Scores describe how you see yourself today. They are a starting point for reflection, not a judgement.
      </p>
      <p>
        <Link to={paths.home()}>Back to Today</Link>
      </p>
    </>
  );
}
