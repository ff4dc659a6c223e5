/** Saves a finished result of `questionnaire` answering every item `value` (reverse-keyed items mirrored on a 1–3 scale), for tests of results across versions. */
import type { Questionnaire } from '../content/questionnaire-schema.ts';
import { buildResponse, newDraft } from '../domain/questionnaire/build-response.ts';
import { useSession } from '../state/session-store.ts';
import { saveCompletedResponse } from '../storage/repositories/responses-repo.ts';

export async function saveUniformResult(questionnaire: Questionnaire, id: string, completedAt: string, value: number): Promise<void> {
  const answers = Object.fromEntries(questionnaire.sections.flatMap((s) => s.items.map((i) => [i.id, i.type === 'scale' && i.reverse ? 4 - value : value])));
  const draft = { ...newDraft(questionnaire, new Date(completedAt)), answers };
  await saveCompletedResponse(useSession.getState().connection!, buildResponse(questionnaire, draft, id, new Date(completedAt)));
}
