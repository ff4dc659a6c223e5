/**
 * Drafts of questionnaires in progress, one per questionnaire (keyed by its
 * id), saved after every answer so that a closed tab or a crash resumes where
 * the user was. `updatedAt` is plaintext for the order and sealed with the rest.
 */
import type { AssessmentDraft } from '../../domain/questionnaire/response.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import type { Listed } from './open-rows.ts';
import { DRAFTS_TABLE } from './responses-repo.ts';
import { sealedTable } from './sealed-table.ts';

/** A draft as stored: its questionnaire id is the row's id (bound to the sealed body like any id). */
type StoredDraft = Omit<AssessmentDraft, 'questionnaireId'> & { id: string };

export const draftsTable = sealedTable<StoredDraft, 'updatedAt'>(DRAFTS_TABLE, ['updatedAt'], { legacyBodies: true });

function toDraft({ id, ...draft }: StoredDraft): AssessmentDraft {
  return { questionnaireId: id, ...draft };
}

export async function getDraft(connection: ProfileConnection, questionnaireId: string): Promise<AssessmentDraft | undefined> {
  const stored = await draftsTable.get(connection, questionnaireId);
  return stored && toDraft(stored);
}

/** Seals and saves a draft; sealed at once and written in call order (sealed-write.ts). */
export function saveDraft(connection: ProfileConnection, draft: AssessmentDraft): Promise<void> {
  const { questionnaireId, ...rest } = draft;
  return draftsTable.put(connection, { id: questionnaireId, ...rest });
}

export function deleteDraft(connection: ProfileConnection, questionnaireId: string): Promise<void> {
  return draftsTable.remove(connection, questionnaireId);
}

/** Every draft that can be opened, most recently updated first (for the home screen's "carry on" notice). */
export async function listDrafts(connection: ProfileConnection): Promise<Listed<AssessmentDraft>> {
  const { items, unreadable } = await draftsTable.list(connection, 'updatedAt', { reverse: true });
  return { items: items.map(toDraft), unreadable };
}
