/**
 * Finished questionnaire responses of one profile. Index fields (id,
 * questionnaireId, completedAt) are plaintext; everything else is sealed by
 * the profile's vault.
 */
import type { Table } from 'dexie';
import type { AssessmentResponse, LegacyResponse } from '../../domain/questionnaire/response.ts';
import { upgradeResponse } from '../../domain/questionnaire/response.ts';
import { guard } from '../errors.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import type { SealedPayload } from '../vault/vault.ts';
import type { Listed } from './open-rows.ts';
import { openRows } from './open-rows.ts';

export const RESPONSES_TABLE = 'responses';
export const DRAFTS_TABLE = 'drafts';

export interface ResponseRow {
  id: string;
  questionnaireId: string;
  completedAt: string;
  payload: SealedPayload;
}

type ResponseBody = Omit<AssessmentResponse, 'id' | 'questionnaireId' | 'completedAt'>;

function table(connection: ProfileConnection): Table<ResponseRow, string> {
  return connection.database.db.table(RESPONSES_TABLE);
}

function binding(connection: ProfileConnection, id: string) {
  return { profileId: connection.profileId, table: RESPONSES_TABLE, id };
}

async function toRow(connection: ProfileConnection, response: AssessmentResponse): Promise<ResponseRow> {
  const { id, questionnaireId, completedAt, ...body } = response;
  const payload = await connection.vault.seal(body satisfies ResponseBody, binding(connection, id));
  return { id, questionnaireId, completedAt, payload };
}

async function fromRow(connection: ProfileConnection, row: ResponseRow): Promise<AssessmentResponse> {
  // Responses saved before the reflection library have the older, element-keyed shape.
  const body = await connection.vault.open<ResponseBody | Omit<LegacyResponse, 'id' | 'questionnaireId' | 'completedAt'>>(
    row.payload,
    binding(connection, row.id),
  );
  return upgradeResponse({ id: row.id, questionnaireId: row.questionnaireId, completedAt: row.completedAt, ...body });
}

/**
 * Saves a finished response and removes its draft in one transaction: either
 * both happen or neither does.
 */
export function saveCompletedResponse(connection: ProfileConnection, response: AssessmentResponse): Promise<void> {
  const { db } = connection.database;
  // Tracked from the start (sealing included), so a lock or an upgrade waits for it.
  return connection.database.track(
    (async () => {
      const row = await toRow(connection, response); // seal first: a transaction must not await non-IndexedDB work
      await guard(() =>
        db.transaction('rw', [RESPONSES_TABLE, DRAFTS_TABLE], async () => {
          await table(connection).add(row);
          await db.table(DRAFTS_TABLE).delete(response.questionnaireId);
        }),
      );
    })(),
  );
}

export async function getResponse(connection: ProfileConnection, id: string): Promise<AssessmentResponse | undefined> {
  const row = await guard(() => table(connection).get(id));
  return row ? fromRow(connection, row) : undefined;
}

/** Every response that can be opened, newest first, and how many could not be. */
export async function listResponses(connection: ProfileConnection): Promise<Listed<AssessmentResponse>> {
  const rows = await guard(() => table(connection).orderBy('completedAt').reverse().toArray());
  return openRows(rows, (row) => fromRow(connection, row));
}

/** The newest `limit` responses (of any questionnaire) that can be opened, newest first: Today needs no more. */
export async function listRecentResponses(connection: ProfileConnection, limit: number): Promise<Listed<AssessmentResponse>> {
  const rows = await guard(() => table(connection).orderBy('completedAt').reverse().limit(limit).toArray());
  return openRows(rows, (row) => fromRow(connection, row));
}

/** Every response to one questionnaire that can be opened, newest first. */
export async function listResponsesOf(connection: ProfileConnection, questionnaireId: string): Promise<Listed<AssessmentResponse>> {
  const rows = await guard(() => table(connection).where('questionnaireId').equals(questionnaireId).toArray());
  rows.sort((a, b) => b.completedAt.localeCompare(a.completedAt));
  return openRows(rows, (row) => fromRow(connection, row));
}

/** The latest response to the same questionnaire completed before this one. */
export async function getPreviousResponse(
  connection: ProfileConnection,
  response: Pick<AssessmentResponse, 'questionnaireId' | 'completedAt'>,
): Promise<AssessmentResponse | undefined> {
  const row = await guard(() =>
    table(connection)
      .where('completedAt')
      .below(response.completedAt)
      .reverse()
      .filter((r) => r.questionnaireId === response.questionnaireId)
      .first(),
  );
  return row ? fromRow(connection, row) : undefined;
}

export function countResponses(connection: ProfileConnection): Promise<number> {
  return guard(() => table(connection).count());
}
