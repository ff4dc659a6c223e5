/**
 * Answering a questionnaire: one section per step, progress shown, every
 * answer saved to the draft at once, and on the last step "See my results",
 * which stores the response and removes the draft in one transaction.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { Questionnaire } from '../../content/questionnaire-schema.ts';
import { newId } from '../../domain/ids.ts';
import { buildResponse } from '../../domain/questionnaire/build-response.ts';
import type { AssessmentDraft } from '../../domain/questionnaire/response.ts';
import { countAnswers } from '../../domain/questionnaire/response.ts';
import { sectionShortfall } from '../../domain/questionnaire/section-progress.ts';
import { useSession } from '../../state/session-store.ts';
import { toStorageError } from '../../storage/errors.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { requestPersistence } from '../../storage/persistence.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { ProgressBar } from '../../ui/progress-bar.tsx';
import type { AnswerHandlers } from './section-step.tsx';
import { SectionStep } from './section-step.tsx';
import { useDraftAutosave } from './use-draft-autosave.ts';

export interface QuestionnaireFormProps {
  connection: ProfileConnection;
  questionnaire: Questionnaire;
  initialDraft: AssessmentDraft;
  /** Called with the saved response's id instead of opening the results page (inside the weekly reflection). */
  onSubmitted?: (responseId: string) => void;
  /**
   * Inside another flow that shows its own progress (the weekly reflection's
   * "Part 1 of 5"): no step counter or bar of its own, so a screen has one
   * counter, and sections are headed one level down (h3).
   */
  embedded?: boolean;
}

export function QuestionnaireForm({ connection, questionnaire, initialDraft, onSubmitted, embedded = false }: QuestionnaireFormProps) {
  const navigate = useNavigate();
  const readOnly = useSession((s) => s.readOnly);
  const setDraftOpen = useSession((s) => s.setDraftOpen);
  const { draft, saveError, update, flush } = useDraftAutosave(connection, initialDraft);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const stepCount = questionnaire.sections.length;
  const stepIndex = Math.min(draft.stepIndex, stepCount - 1);
  const section = questionnaire.sections[stepIndex]!;
  const totalItems = questionnaire.sections.reduce((n, s) => n + s.items.length, 0);
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

  // Stable handlers, so answering one item re-renders only that item's group.
  const handlers = useMemo<AnswerHandlers>(
    () => ({
      onScale: (itemId, value) => update((d) => ({ ...d, answers: { ...d.answers, [itemId]: value } })),
      onPaired: (itemId, side, value) =>
        update((d) => {
          const previous = d.answers[itemId];
          const pair = typeof previous === 'object' ? previous : {};
          return { ...d, answers: { ...d.answers, [itemId]: { ...pair, [side]: value } } };
        }),
      onChoice: (itemId, optionId) => update((d) => ({ ...d, answers: { ...d.answers, [itemId]: optionId } })),
      onText: (itemId, text) => update((d) => ({ ...d, answers: { ...d.answers, [itemId]: text } })),
      onNote: (sectionId, text) => update((d) => ({ ...d, notes: { ...d.notes, [sectionId]: text } })),
      onChangeAims: (sectionId) =>
        update((d) => (d.carriedAims ? { ...d, carriedAims: { ...d.carriedAims, changing: [...d.carriedAims.changing, sectionId] } } : d)),
    }),
    [update],
  );

  const incomplete = questionnaire.sections.filter((s) => sectionShortfall(s, draft.answers) !== null);
  const tooFewApply = questionnaire.sections.filter((s) => sectionShortfall(s, draft.answers) === 'too-few-apply');

  async function submit() {
    setSubmitting(true);
    setSubmitError(null);
    try {
      await flush();
      const response = buildResponse(questionnaire, draft, newId(), new Date());
      await saveCompletedResponse(connection, response);
      void requestPersistence();
      if (onSubmitted) onSubmitted(response.id);
      else void navigate(paths.result(response.id), { replace: true });
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
      {embedded ? (
        <p className="muted">Answers are saved on this device as you go.</p>
      ) : (
        <>
          <ProgressBar label={`Step ${stepIndex + 1} of ${stepCount}`} value={stepIndex + 1} max={stepCount} />
          <p className="muted">
            Step {stepIndex + 1} of {stepCount} · {countAnswers(draft)} of {totalItems} answered · Answers are saved on
            this device as you go.
          </p>
        </>
      )}
      {saveError && <Notice tone="alert">{saveError}</Notice>}
      {/* Only there to disable every answer while the result is saved: no group role, so it is not announced as an unnamed group. */}
      <fieldset className="plain-fieldset" role="none" disabled={submitting}>
      <SectionStep
        questionnaire={questionnaire}
        section={section}
        step={embedded ? null : { number: stepIndex + 1, count: stepCount }}
        answers={draft.answers}
        note={draft.notes?.[section.id] ?? ''}
        handlers={handlers}
        readOnly={readOnly}
        headingRef={headingRef}
        carriedAims={draft.carriedAims}
      />
      </fieldset>
      {isLast && incomplete.length > 0 && (
        <Notice tone="info" title="Some sections are not answered enough to score">
          {questionnaire.scale?.notApplicable === undefined ? (
            <p>
              {incomplete.map((s) => s.title).join(', ')}: at least two thirds of a section's rated questions need an
              answer for it to be scored. You can go back, or see your results now with {incomplete.length === 1 ? 'it' : 'them'}{' '}
              marked as incomplete.
            </p>
          ) : (
            <p>
              {incomplete.map((s) => s.title).join(', ')}: a section is scored when you have rated at least two thirds of
              the questions that apply to you, and at least half of all its questions.
              {tooFewApply.length > 0 &&
                ` In ${tooFewApply.map((s) => s.title).join(', ')}, too few questions apply to give a fair score, and that is fine.`}{' '}
              You can go back, or see your results now with {incomplete.length === 1 ? 'it' : 'them'} marked as not scored.
            </p>
          )}
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
          <Button type="submit">Next: {questionnaire.sections[stepIndex + 1]!.title}</Button>
        )}
      </div>
    </form>
  );
}
