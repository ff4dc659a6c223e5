import { describe, expect, it } from 'vitest';
import { makeDraft, makeResponse, openTestProfile } from '../../testing/factories.ts';
import { getDraft, saveDraft } from './drafts-repo.ts';
import { countResponses, getPreviousResponse, getResponse, listRecentResponses, listResponses, listResponsesOf, saveCompletedResponse } from './responses-repo.ts';

describe('responses repository', () => {
  it('saves a response with everything needed to re-score it, and reads it back', async () => {
    const connection = await openTestProfile();
    const response = makeResponse();
    await saveCompletedResponse(connection, response);
    expect(await getResponse(connection, response.id)).toEqual(response);
  });

  it('keeps index fields in plaintext and the rest in the sealed payload', async () => {
    const connection = await openTestProfile();
    const response = makeResponse();
    await saveCompletedResponse(connection, response);
    const row = (await connection.database.db.table('responses').get(response.id)) as Record<string, unknown>;
    expect(Object.keys(row).sort()).toEqual(['completedAt', 'id', 'payload', 'questionnaireId']);
    expect(row.payload).toMatchObject({ scheme: 'plain', data: { questionnaireVersion: 1, items: response.items } });
  });

  it('removes the draft in the same transaction as it saves the response', async () => {
    const connection = await openTestProfile();
    await saveDraft(connection, makeDraft());
    await saveCompletedResponse(connection, makeResponse());
    expect(await getDraft(connection, 'compassionate-leadership')).toBeUndefined();
  });

  it('leaves the draft and saves nothing when the response cannot be written', async () => {
    const connection = await openTestProfile();
    const response = makeResponse();
    await saveCompletedResponse(connection, response);
    const draft = makeDraft();
    await saveDraft(connection, draft);
    // The same id again: the add fails inside the transaction, so the draft's delete is rolled back too.
    await expect(saveCompletedResponse(connection, { ...response })).rejects.toMatchObject({ name: 'StorageError' });
    expect(await getDraft(connection, 'compassionate-leadership')).toEqual(draft);
    expect(await countResponses(connection)).toBe(1);
  });

  it('lists responses newest first and finds the previous one of the same questionnaire', async () => {
    const connection = await openTestProfile();
    const march = makeResponse({ completedAt: '2026-03-01T10:00:00.000Z' });
    const june = makeResponse({ completedAt: '2026-06-01T10:00:00.000Z' });
    const other = makeResponse({ questionnaireId: 'weekly-pulse', completedAt: '2026-07-01T10:00:00.000Z' });
    const october = makeResponse({ completedAt: '2026-10-01T10:00:00.000Z' });
    for (const r of [june, other, october, march]) await saveCompletedResponse(connection, r);

    expect((await listResponses(connection)).items.map((r) => r.completedAt)).toEqual([
      october.completedAt,
      other.completedAt,
      june.completedAt,
      march.completedAt,
    ]);
    expect((await getPreviousResponse(connection, october))?.id).toBe(june.id);
    expect((await listRecentResponses(connection, 2)).items.map((r) => r.completedAt)).toEqual([october.completedAt, other.completedAt]);
    expect((await getPreviousResponse(connection, march))?.id).toBeUndefined();
  });

  it('never offers a response whose date was altered on disk as the previous one, nor lists it', async () => {
    const connection = await openTestProfile();
    const march = makeResponse({ completedAt: '2026-03-01T10:00:00.000Z' });
    const june = makeResponse({ completedAt: '2026-06-01T10:00:00.000Z' });
    const october = makeResponse({ completedAt: '2026-10-01T10:00:00.000Z' });
    for (const r of [march, june, october]) await saveCompletedResponse(connection, r);
    await connection.database.db.table('responses').update(june.id, { completedAt: '2026-09-01T10:00:00.000Z' });

    expect((await getPreviousResponse(connection, october))?.id).toBe(march.id);
    expect(await listResponsesOf(connection, 'compassionate-leadership')).toMatchObject({ items: [{ id: october.id }, { id: march.id }], unreadable: 1 });
  });

  it('refuses to open a record with another profile’s vault', async () => {
    const connection = await openTestProfile();
    const response = makeResponse();
    await saveCompletedResponse(connection, response);
    const intruder = { ...connection, profileId: 'someone-else' };
    await expect(getResponse(intruder, response.id)).rejects.toMatchObject({ kind: 'corrupt' });
  });
});
