/**
 * Asks whether to resume an unfinished draft or start again, saying what
 * starting again discards: the answers, and any aims opened to change
 * (a draft is saved once aims are opened, before anything is answered).
 */
import type { AssessmentDraft } from '../../domain/questionnaire/response.ts';
import { countAnswers } from '../../domain/questionnaire/response.ts';
import { Button } from '../../ui/button.tsx';
import { formatDateTime } from '../../ui/format.ts';

export interface ResumeChoiceProps {
  draft: AssessmentDraft;
  total: number;
  onResume: () => void;
  onStartAgain: () => void;
  readOnly: boolean;
}

export function ResumeChoice({ draft, total, onResume, onStartAgain, readOnly }: ResumeChoiceProps) {
  const answered = countAnswers(draft);
  const aimsOpened = (draft.carriedAims?.changing.length ?? 0) > 0;
  const answers = `${answered} ${answered === 1 ? 'answer' : 'answers'}`;
  const clears = aimsOpened ? (answered > 0 ? `${answers} and any changes to your aims` : 'any changes to your aims') : answers;
  return (
    <section className="card" aria-labelledby="resume-heading">
      <h2 id="resume-heading">Carry on where you left off?</h2>
      <p>
        You started this on {formatDateTime(draft.startedAt)} and answered {answered} of {total} questions
        {aimsOpened && ', and opened your aims to change them'}. Your answers were last saved{' '}
        {formatDateTime(draft.updatedAt)}.
      </p>
      <div className="button-row">
        <Button onClick={onResume}>Resume</Button>
        <Button variant="secondary" onClick={onStartAgain} disabled={readOnly}>
          Start again (clears {clears})
        </Button>
      </div>
    </section>
  );
}
