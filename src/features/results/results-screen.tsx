/**
 * /results/:responseId — a finished reflection, whatever its instrument:
 * scores of its scored sections (bars and a table with the change since the
 * previous result, left out when the questions changed so that the scores do
 * not compare), the largest presence gap, each section's band feedback and
 * practices, what the leader wrote, the self-care check-in beside a
 * leadership result, the support routes on a self-care result, the notes a
 * coach sent back about this result (when the leader kept any), and (composed
 * in by the app) the choice of an intention for the coming week. Shown with
 * the questionnaire version it was answered with, and a note when that
 * version is no longer the current one.
 */
import type { ComponentType, ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { scoresComparableBetween } from '../../domain/questionnaire/version-boundaries.ts';
import { compareScores } from '../../domain/scoring/compare.ts';
import { scoreResponse } from '../../domain/scoring/score-response.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import { formatDate } from '../../ui/format.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { CoachCommentsBeside } from './coach-comments-beside.tsx';
import { KeepACopy } from './keep-a-copy.tsx';
import { ResultFindings } from './result-findings.tsx';
import { SelfCareBeside } from './self-care-beside.tsx';
import { signpostedSections } from './signposts.ts';
import { useQuestionnaireVersion, useResult, useVersionNotes } from './use-result.ts';
import { VersionNotice } from './version-notice.tsx';

/** Instruments about how one leads, beside which the self-care check-in is shown. */
const LEADERSHIP_PURPOSES = new Set(['assessment', 'pulse', 'presence']);

export interface ResultsScreenProps {
  /** Where the leader chooses next week's intention; composed in by the app. */
  Intention?: ComponentType<{ responseId: string }>;
  /** Ways to take results elsewhere (a CSV, a printable report); composed in by the app. */
  elsewhere?: ReactNode;
}

export function ResultsScreen({ Intention, elsewhere }: ResultsScreenProps) {
  const { responseId = '' } = useParams();
  const connection = useConnection();
  const guest = useSession((s) => s.profile?.guest ?? false);
  const result = useResult(connection, responseId);
  const questionnaire = useQuestionnaireVersion(result?.response.questionnaireId, result?.response.questionnaireVersion);
  const notes = useVersionNotes(result?.response.questionnaireId);
  useDocumentTitle('Your result');

  if (result === undefined || (result && (questionnaire === undefined || notes === undefined))) return <p role="status">Loading your result…</p>;
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
  const score = scoreResponse(response);
  // No change figures across a version boundary whose scores are declared not comparable, or whose notes could not be loaded.
  const sameVersion = previous?.questionnaireVersion === response.questionnaireVersion;
  const comparable =
    !previous || sameVersion || (!!notes && scoresComparableBetween(notes.changes, previous.questionnaireVersion, response.questionnaireVersion));
  const comparison = previous && comparable ? compareScores(score, scoreResponse(previous)) : undefined;
  const scored = score.sections.some((s) => s.scoring !== 'none');
  // The support routes are shown once, under the last section whose band signposts them.
  const signposted = questionnaire ? signpostedSections(questionnaire, score) : [];
  const title = questionnaire?.title ?? response.questionnaireId;

  return (
    <>
      <h1>Your result</h1>
      <p>
        {title} (version {response.questionnaireVersion}), completed {formatDate(response.completedAt)}.
        {score.overall !== null && ` Overall: ${score.overall} out of 100.`}
        {response.overall === 'mean-of-elements' &&
          score.overall === null &&
          ' Some sections were not scored, so there is no overall score.'}
      </p>
      {notes && <VersionNotice answeredWith={response.questionnaireVersion} notes={notes} scored={scored} />}
      {guest && <KeepACopy response={response} score={score} />}
      <ResultFindings
        response={response}
        score={score}
        questionnaire={questionnaire ?? null}
        change={{
          comparison,
          previousDate: previous?.completedAt,
          versionChanged: previous !== undefined && previous.questionnaireVersion !== response.questionnaireVersion,
          notComparable: !comparable,
        }}
        whose="own"
      />
      {!guest && <CoachCommentsBeside connection={connection} responseId={response.id} />}
      {questionnaire && LEADERSHIP_PURPOSES.has(questionnaire.purpose) && !guest && (
        <SelfCareBeside connection={connection} routesShown={signposted.length > 0} />
      )}
      {Intention && !guest && <Intention responseId={response.id} />}
      {elsewhere}
      {scored && (
        <p className="muted">
          Scores describe how you see yourself today. They are a starting point for reflection, not a judgement.
        </p>
      )}
      <p>
        <Link to={paths.history(response.questionnaireId)}>All your {title} results</Link> ·{' '}
        <Link to={paths.progress()}>See your progress</Link> ·{' '}
        <Link to={paths.home()}>Back to Today</Link>
      </p>
    </>
  );
}
