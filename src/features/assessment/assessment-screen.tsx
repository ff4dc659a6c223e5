/**
 * /assess/:questionnaireId — loads the questionnaire and any unfinished
 * draft. A draft reopens with the questionnaire version it was begun on,
 * after an explicit choice: resume, or start again. A new draft of a
 * questionnaire that reuses aims starts with the aims of the latest response. `before` (composed in by
 * the app) is shown above the questions: the follow-up of last week's intention.
 */
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { Questionnaire } from '../../content/questionnaire-schema.ts';
import { loadQuestionnaire, loadQuestionnaireVersion } from '../../content/questionnaires.ts';
import { newDraft } from '../../domain/questionnaire/build-response.ts';
import { carryAims, withCarriedItems } from '../../domain/questionnaire/carry-aims.ts';
import type { AssessmentDraft } from '../../domain/questionnaire/response.ts';
import { countAnswers } from '../../domain/questionnaire/response.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import { toStorageError } from '../../storage/errors.ts';
import { deleteDraft, getDraft } from '../../storage/repositories/drafts-repo.ts';
import { getPreviousResponse } from '../../storage/repositories/responses-repo.ts';
import { Notice } from '../../ui/notice.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { QuestionnaireForm } from './questionnaire-form.tsx';
import { ResumeChoice } from './resume-choice.tsx';

type ScreenState =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'error'; message: string }
  | { kind: 'choose'; questionnaire: Questionnaire; draft: AssessmentDraft }
  | { kind: 'answering'; questionnaire: Questionnaire; draft: AssessmentDraft };

type Connection = ReturnType<typeof useConnection>;

/** A new draft, with the aims of the latest response when the questionnaire reuses them. */
async function startDraft(connection: Connection, questionnaire: Questionnaire): Promise<AssessmentDraft> {
  const now = new Date();
  const draft = newDraft(questionnaire, now);
  if (!questionnaire.pairedScale?.reuseAims) return draft;
  const latest = await getPreviousResponse(connection, { questionnaireId: questionnaire.id, completedAt: now.toISOString() });
  return carryAims(questionnaire, draft, latest);
}

async function loadScreen(connection: Connection, id: string): Promise<ScreenState> {
  const stored = await getDraft(connection, id);
  if (stored) {
    const draft = withCarriedItems(stored);
    const questionnaire = await loadQuestionnaireVersion(id, draft.questionnaireVersion);
    if (questionnaire) return { kind: 'choose', questionnaire, draft };
  }
  const questionnaire = await loadQuestionnaire(id);
  if (!questionnaire) return { kind: 'missing' };
  return { kind: 'answering', questionnaire, draft: await startDraft(connection, questionnaire) };
}

export interface AssessmentScreenProps {
  before?: ReactNode;
  /** Inside another screen (the weekly reflection): which questionnaire, and what to do once it is saved. */
  embedded?: { questionnaireId: string; onSubmitted: (responseId: string) => void };
}

export function AssessmentScreen({ before, embedded }: AssessmentScreenProps) {
  const params = useParams();
  const questionnaireId = embedded?.questionnaireId ?? params.questionnaireId ?? '';
  const connection = useConnection();
  const readOnly = useSession((s) => s.readOnly);
  const [state, setState] = useState<ScreenState>({ kind: 'loading' });
  useDocumentTitle(embedded ? 'Weekly reflection' : state.kind === 'choose' || state.kind === 'answering' ? state.questionnaire.title : 'Self-assessment');

  useEffect(() => {
    let cancelled = false;
    loadScreen(connection, questionnaireId).then(
      (next) => !cancelled && setState(next),
      (error: unknown) => !cancelled && setState({ kind: 'error', message: toStorageError(error).message }),
    );
    return () => {
      cancelled = true;
    };
  }, [connection, questionnaireId]);

  async function startAgain() {
    try {
      await deleteDraft(connection, questionnaireId);
      const questionnaire = await loadQuestionnaire(questionnaireId);
      setState(questionnaire ? { kind: 'answering', questionnaire, draft: await startDraft(connection, questionnaire) } : { kind: 'missing' });
    } catch (error) {
      setState({ kind: 'error', message: toStorageError(error).message });
    }
  }

  if (state.kind === 'loading') return <p role="status">Loading the questionnaire…</p>;
  if (state.kind === 'error') return <Notice tone="alert">{state.message}</Notice>;
  if (state.kind === 'missing') {
    return (
      <>
        <h1>Questionnaire not found</h1>
        <p>
          There is no questionnaire called “{questionnaireId}”. <Link to={paths.home()}>Go to Today</Link>
        </p>
      </>
    );
  }

  const { questionnaire, draft } = state;
  const total = questionnaire.sections.reduce((n, s) => n + s.items.length, 0);
  return (
    <>
      {embedded ? (
        <p id="questionnaire-title" className="visually-hidden">
          {questionnaire.title}
        </p>
      ) : (
        <h1 id="questionnaire-title">{questionnaire.title}</h1>
      )}
      {before}
      {state.kind === 'choose' ? (
        <ResumeChoice
          draft={draft}
          total={total}
          readOnly={readOnly}
          onResume={() => setState({ kind: 'answering', questionnaire, draft })}
          onStartAgain={() => void startAgain()}
        />
      ) : (
        <>
          {draft.stepIndex === 0 && countAnswers(draft) === 0 && <p>{questionnaire.summary}</p>}
          <QuestionnaireForm
            key={draft.startedAt}
            connection={connection}
            questionnaire={questionnaire}
            initialDraft={draft}
            onSubmitted={embedded?.onSubmitted}
            embedded={embedded !== undefined}
          />
        </>
      )}
    </>
  );
}
