/** Asks whether to resume an unfinished draft or start again, saying what starting again discards. */
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
  return (
    <section className="card" aria-labelledby="resume-heading">
      <h2 id="resume-heading">Carry on where you left off?</h2>
      <p>
        You started this on {formatDateTime(draft.startedAt)} and answered {answered} of {total} questions. Your answers
        were last saved {formatDateTime(draft.updatedAt)}.
      </p>
      <div className="button-row">
        <Button onClick={onResume}>Resume</Button>
        <Button variant="secondary" onClick={onStartAgain} disabled={readOnly}>
          Start again (clears {answered} {answered === 1 ? 'answer' : 'answers'})
        </Button>
      </div>
    </section>
  );
}
