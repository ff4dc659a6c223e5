/**
 * Drafts of questionnaires in progress, one per questionnaire, saved after
 * every answer so that a closed tab or a crash resumes where the user was.
 */
import type { Table } from 'dexie';
import type { AssessmentDraft } from '../../domain/questionnaire/response.ts';
import { guard } from '../errors.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import type { SealedPayload } from '../vault/vault.ts';
import type { Listed } from './open-rows.ts';
import { openRows } from './open-rows.ts';
import { DRAFTS_TABLE } from './responses-repo.ts';

interface DraftRow {
  /** The questionnaire id: one draft per questionnaire. */
  id: string;
  updatedAt: string;
  payload: SealedPayload;
}

type DraftBody = Omit<AssessmentDraft, 'questionnaireId' | 'updatedAt'>;

function table(connection: ProfileConnection): Table<DraftRow, string> {
  return connection.database.db.table(DRAFTS_TABLE);
}

function binding(connection: ProfileConnection, id: string) {
  return { profileId: connection.profileId, table: DRAFTS_TABLE, id };
}

export async function getDraft(connection: ProfileConnection, questionnaireId: string): Promise<AssessmentDraft | undefined> {
  const row = await guard(() => table(connection).get(questionnaireId));
  if (!row) return undefined;
  const body = await connection.vault.open<DraftBody>(row.payload, binding(connection, row.id));
  return { questionnaireId: row.id, updatedAt: row.updatedAt, ...body };
}

/** Seals and saves a draft. Tracked from the start (sealing included), so a lock or an upgrade waits for it. */
export function saveDraft(connection: ProfileConnection, draft: AssessmentDraft): Promise<void> {
  const { questionnaireId, updatedAt, ...body } = draft;
  return connection.database.track(
    (async () => {
      const payload = await connection.vault.seal(body satisfies DraftBody, binding(connection, questionnaireId));
      await guard(() => table(connection).put({ id: questionnaireId, updatedAt, payload }));
    })(),
  );
}

export async function deleteDraft(connection: ProfileConnection, questionnaireId: string): Promise<void> {
  await guard(() => connection.database.track(table(connection).delete(questionnaireId)));
}

/** Every draft that can be opened, most recently updated first (for the home screen's "carry on" notice). */
export async function listDrafts(connection: ProfileConnection): Promise<Listed<AssessmentDraft>> {
  const rows = await guard(() => table(connection).orderBy('updatedAt').reverse().toArray());
  return openRows(rows, async (row) => ({
    questionnaireId: row.id,
    updatedAt: row.updatedAt,
    ...(await connection.vault.open<DraftBody>(row.payload, binding(connection, row.id))),
  }));
}
