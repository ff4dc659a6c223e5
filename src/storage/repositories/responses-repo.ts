/**
 * Finished questionnaire responses of one profile. Index fields (id,
 * questionnaireId, completedAt) are plaintext for queries and also sealed
 * with the rest, which is checked against them on every read (sealed-table.ts).
 */
import type { AssessmentResponse } from '../../domain/questionnaire/response.ts';
import { upgradeResponse } from '../../domain/questionnaire/response.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import type { Listed } from './open-rows.ts';
import { sealedTable } from './sealed-table.ts';

export const RESPONSES_TABLE = 'responses';
export const DRAFTS_TABLE = 'drafts';

// Responses saved before the reflection library have the older, element-keyed shape: upgradeResponse reads it.
export const responsesTable = sealedTable<AssessmentResponse, 'questionnaireId' | 'completedAt'>(RESPONSES_TABLE, ['questionnaireId', 'completedAt'], {
  legacyBodies: true,
  restore: upgradeResponse,
});

/**
 * Saves a finished response and removes its draft in one transaction: either
 * both happen or neither does. A response is written once: an existing id fails.
 */
export function saveCompletedResponse(connection: ProfileConnection, response: AssessmentResponse): Promise<void> {
  return responsesTable.add(connection, response, {
    tables: [DRAFTS_TABLE],
    run: () => connection.database.db.table(DRAFTS_TABLE).delete(response.questionnaireId),
  });
}

export async function getResponse(connection: ProfileConnection, id: string): Promise<AssessmentResponse | undefined> {
  return responsesTable.get(connection, id);
}

/** Every response that can be opened, newest first, and how many could not be. */
export function listResponses(connection: ProfileConnection): Promise<Listed<AssessmentResponse>> {
  return responsesTable.list(connection, 'completedAt', { reverse: true });
}

/** The newest `limit` responses (of any questionnaire) that can be opened, newest first: Today needs no more. */
export function listRecentResponses(connection: ProfileConnection, limit: number): Promise<Listed<AssessmentResponse>> {
  return responsesTable.list(connection, 'completedAt', { reverse: true, limit });
}

/** Every response to one questionnaire that can be opened, newest first. */
export function listResponsesOf(connection: ProfileConnection, questionnaireId: string): Promise<Listed<AssessmentResponse>> {
  return responsesTable.select(connection, async (table) => {
    const rows = await table.where('questionnaireId').equals(questionnaireId).toArray();
    return rows.sort((a, b) => b.completedAt.localeCompare(a.completedAt));
  });
}

/**
 * The responses to some questionnaires completed at or after `since` (an ISO
 * instant), newest first: through the completedAt index, so older rows are
 * never read or opened.
 */
export function listResponsesSince(connection: ProfileConnection, since: string, questionnaireIds: readonly string[]): Promise<Listed<AssessmentResponse>> {
  const wanted = new Set(questionnaireIds);
  return responsesTable.select(connection, (table) =>
    table.where('completedAt').aboveOrEqual(since).reverse().filter((row) => wanted.has(row.questionnaireId)).toArray(),
  );
}

/** The latest readable response to the same questionnaire completed before this one (an unreadable one is passed over). */
export async function getPreviousResponse(
  connection: ProfileConnection,
  response: Pick<AssessmentResponse, 'questionnaireId' | 'completedAt'>,
): Promise<AssessmentResponse | undefined> {
  const earlier = (table: Parameters<Parameters<typeof responsesTable.select>[1]>[0]) =>
    table.where('completedAt').below(response.completedAt).reverse().filter((r) => r.questionnaireId === response.questionnaireId);
  // Usually the first one opens; read more only when it does not.
  const first = await responsesTable.select(connection, (table) => earlier(table).limit(1).toArray());
  if (first.unreadable === 0) return first.items[0];
  const all = await responsesTable.select(connection, (table) => earlier(table).toArray());
  return all.items[0];
}

export function countResponses(connection: ProfileConnection): Promise<number> {
  return responsesTable.count(connection);
}
