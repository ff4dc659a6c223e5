/**
 * Answering a questionnaire: one element per step, progress shown, every
 * answer saved to the draft at once, and on the last step "See my results",
 * which stores the response and removes the draft in one transaction.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { Questionnaire } from '../../content/questionnaire-schema.ts';
import { newId } from '../../domain/ids.ts';
import { buildResponse } from '../../domain/questionnaire/build-response.ts';
import type { AssessmentDraft } from '../../domain/questionnaire/response.ts';
import { countAnswers } from '../../domain/questionnaire/response.ts';
import { isElementComplete } from '../../domain/scoring/score-response.ts';
import { useSession } from '../../state/session-store.ts';
import { toStorageError } from '../../storage/errors.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { requestPersistence } from '../../storage/persistence.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { ProgressBar } from '../../ui/progress-bar.tsx';
import { ElementStep } from './element-step.tsx';
import { useDraftAutosave } from './use-draft-autosave.ts';

export interface QuestionnaireFormProps {
  connection: ProfileConnection;
  questionnaire: Questionnaire;
  initialDraft: AssessmentDraft;
}

export function QuestionnaireForm({ connection, questionnaire, initialDraft }: QuestionnaireFormProps) {
  const navigate = useNavigate();
  const readOnly = useSession((s) => s.readOnly);
  const setDraftOpen = useSession((s) => s.setDraftOpen);
  const { draft, saveError, update, flush } = useDraftAutosave(connection, initialDraft);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const stepCount = questionnaire.elements.length;
  const stepIndex = Math.min(draft.stepIndex, stepCount - 1);
  const element = questionnaire.elements[stepIndex]!;
  const totalItems = questionnaire.elements.reduce((n, e) => n + e.items.length, 0);
  const isLast = stepIndex === stepCount - 1;

  useEffect(() => {
    setDraftOpen(true);
    return () => setDraftOpen(false);
  }, [setDraftOpen]);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
    window.scrollTo?.(0, 0);
  }, [stepIndex]);

  const answer = useCallback(
    (itemId: string, value: number) => update((d) => ({ ...d, answers: { ...d.answers, [itemId]: value } })),
    [update],
  );

  const incomplete = questionnaire.elements.filter((e) => {
    const answered = e.items.filter((item) => draft.answers[item.id] !== undefined).length;
    return !isElementComplete(answered, e.items.length);
  });

  async function submit() {
    setSubmitting(true);
    setSubmitError(null);
    try {
      await flush();
      const response = buildResponse(questionnaire, draft, newId(), new Date());
      await saveCompletedResponse(connection, response);
      void requestPersistence();
      void navigate(paths.result(response.id), { replace: true });
    } catch (error) {
      setSubmitError(toStorageError(error).message);
      setSubmitting(false);
    }
  }

  return (
    <form
      aria-labelledby="questionnaire-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (isLast) void submit();
        else update((d) => ({ ...d, stepIndex: stepIndex + 1 }), 'step');
      }}
    >
      <ProgressBar label={`Step ${stepIndex + 1} of ${stepCount}`} value={stepIndex + 1} max={stepCount} />
      <p className="muted">
        Step {stepIndex + 1} of {stepCount} · {countAnswers(draft)} of {totalItems} answered · Answers are saved on this
        device as you go.
      </p>
      {saveError && <Notice tone="alert">{saveError}</Notice>}
      <ElementStep
        questionnaire={questionnaire}
        element={element}
        stepNumber={stepIndex + 1}
        stepCount={stepCount}
        answers={draft.answers}
        onAnswer={answer}
        readOnly={readOnly}
        headingRef={headingRef}
      />
      {isLast && incomplete.length > 0 && (
        <Notice tone="info" title="Some elements are not answered enough to score">
          <p>
            {incomplete.map((e) => e.name).join(', ')}: at least two thirds of an element's questions need an answer
            for it to be scored. You can go back, or see your results now with {incomplete.length === 1 ? 'it' : 'them'}{' '}
            marked as incomplete.
          </p>
        </Notice>
      )}
      {submitError && <Notice tone="alert">{submitError}</Notice>}
      <div className="button-row">
        {stepIndex > 0 && (
          <Button variant="secondary" onClick={() => update((d) => ({ ...d, stepIndex: stepIndex - 1 }), 'step')}>
            Back
          </Button>
        )}
        {isLast ? (
          <Button type="submit" disabled={readOnly || submitting || countAnswers(draft) === 0}>
            {submitting ? 'Saving…' : 'See my results'}
          </Button>
        ) : (
          <Button type="submit">Next: {questionnaire.elements[stepIndex + 1]!.name}</Button>
        )}
      </div>
    </form>
  );
}
