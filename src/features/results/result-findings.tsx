/**
 * What a result found, shown the same way to the leader on their own results
 * screen and to a coach reviewing a coachee's result read-only: the scores
 * as bars and a table, the largest presence gap, each scored section's band
 * feedback and practices, the written answers (when the result has them),
 * and the support routes of a self-care check-in. Nothing here links to
 * taking a reflection, choosing an intention or editing anything.
 */
import type { Questionnaire } from '../../content/questionnaire-schema.ts';
import type { AssessmentResponse } from '../../domain/questionnaire/response.ts';
import type { ScoreComparison } from '../../domain/scoring/compare.ts';
import type { ResponseScore } from '../../domain/scoring/score-response.ts';
import { noScoreText } from '../../domain/scoring/score-response.ts';
import { ScoreBars } from '../../ui/score-bars.tsx';
import { PresenceGaps } from './presence-gaps.tsx';
import { ScoreTable } from './score-table.tsx';
import { SectionFeedback } from './section-feedback.tsx';
import { SelfCareSupport } from './self-care-support.tsx';
import { signpostedSections } from './signposts.ts';
import { WrittenAnswers } from './written-answers.tsx';

export interface ResultFindingsProps {
  response: AssessmentResponse;
  score: ResponseScore;
  /** The version it was answered with, or null when its wording is not available (scores only). */
  questionnaire: Questionnaire | null;
  /** The change since the previous result; left out altogether for a coach's read-only view. */
  change?: { comparison: ScoreComparison | undefined; previousDate: string | undefined; versionChanged: boolean; notComparable: boolean };
  /** Whose result: the leader's own ("Your scores", "What you wrote") or a coachee's, seen by their coach. */
  whose: 'own' | 'coachee';
}

export function ResultFindings({ response, score, questionnaire, change, whose }: ResultFindingsProps) {
  const sectionTitle = (id: string) => questionnaire?.sections.find((s) => s.id === id)?.title ?? id;
  const meanSections = score.sections.filter((s) => s.scoring === 'mean');
  const scored = score.sections.some((s) => s.scoring !== 'none');
  // The support routes are shown once, under the last section whose band signposts them.
  const signposted = questionnaire ? signpostedSections(questionnaire, score) : [];
  return (
    <>
      {meanSections.length > 0 && (
        <ScoreBars
          caption={whose === 'own' ? 'Your scores (0 to 100)' : 'Scores (0 to 100)'}
          bars={meanSections.map((s) => ({
            id: s.sectionId,
            label: sectionTitle(s.sectionId),
            score: s.score,
            emptyText: noScoreText(s),
          }))}
        />
      )}
      <PresenceGaps score={score} sectionTitle={sectionTitle} />
      {scored && (
        <ScoreTable
          score={score}
          comparison={change?.comparison}
          previousDate={change?.previousDate}
          versionChanged={change?.versionChanged ?? false}
          notComparable={change?.notComparable ?? false}
          sectionTitle={sectionTitle}
          withChange={change !== undefined}
        />
      )}
      {questionnaire === null && (
        <p className="muted">The wording of this version of the questionnaire is not available, so only scores are shown.</p>
      )}
      {questionnaire &&
        score.sections.map((section) => {
          const content = questionnaire.sections.find((s) => s.id === section.sectionId);
          return content && section.scoring !== 'none' ? (
            <SectionFeedback
              key={section.sectionId}
              section={content}
              score={section}
              notApplicableLabel={questionnaire.scale?.notApplicable}
              purpose={questionnaire.purpose}
              showSupport={section.sectionId === signposted.at(-1)}
            />
          ) : null;
        })}
      <WrittenAnswers response={response} questionnaire={questionnaire} heading={whose === 'own' ? 'What you wrote' : 'What they wrote'} />
      {questionnaire && <SelfCareSupport questionnaire={questionnaire} score={score} />}
    </>
  );
}
