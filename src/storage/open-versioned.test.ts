import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { makeResponse, openTestProfile, TEST_PROFILE } from '../testing/factories.ts';
import { profileDatabaseName } from './profile-connection.ts';
import { getResponse, listResponses, saveCompletedResponse } from './repositories/responses-repo.ts';
import { saveDraft } from './repositories/drafts-repo.ts';
import { makeDraft } from '../testing/factories.ts';

/** Simulates a newer app: reopens the profile database at a higher schema version with an extra table. */
async function upgradeAsNewerApp(): Promise<Dexie> {
  const newer = new Dexie(profileDatabaseName(TEST_PROFILE.id));
  newer.version(1).stores({ responses: 'id, questionnaireId, completedAt', drafts: 'id, updatedAt', meta: 'key' });
  newer.version(7).stores({ journal: 'id, createdAt' });
  await newer.open();
  return newer;
}

describe('an older app meeting a newer database', () => {
  it('opens it read-only: existing records can be read', async () => {
    const first = await openTestProfile();
    const response = makeResponse();
    await saveCompletedResponse(first, response);
    first.database.db.close();
    (await upgradeAsNewerApp()).close();

    const old = await openTestProfile();
    expect(old.database.readOnly).toBe(true);
    expect(await getResponse(old, response.id)).toEqual(response);
  });

  it('never writes to it, and leaves it exactly as it was', async () => {
    const first = await openTestProfile();
    await saveCompletedResponse(first, makeResponse());
    first.database.db.close();
    (await upgradeAsNewerApp()).close();

    const old = await openTestProfile();
    await expect(saveCompletedResponse(old, makeResponse())).rejects.toMatchObject({ kind: 'read-only' });
    await expect(saveDraft(old, makeDraft())).rejects.toMatchObject({ kind: 'read-only' });
    expect((await listResponses(old)).items).toHaveLength(1);
    old.database.db.close();

    const check = await upgradeAsNewerApp();
    expect(check.verno).toBe(7);
    expect(await check.table('drafts').count()).toBe(0);
    expect(await check.table('responses').count()).toBe(1);
    check.close();
  });

  it('does not touch a newer database that dropped a table the old app expects', async () => {
    const newer = new Dexie(profileDatabaseName(TEST_PROFILE.id));
    newer.version(7).stores({ responses: 'id, questionnaireId, completedAt', meta: 'key' }); // no drafts table
    await newer.open();
    newer.close();

    const old = await openTestProfile();
    expect(old.database.readOnly).toBe(true);
    expect(old.database.db.backendDB().version).toBe(70);
    old.database.db.close();
  });
});

describe('a tab whose database another tab upgrades', () => {
  it('closes its connection and reports it, instead of reopening silently', async () => {
    const onClosedByOtherTab = vi.fn();
    const connection = await openTestProfile(TEST_PROFILE, { onClosedByOtherTab });
    const newer = await upgradeAsNewerApp();
    await vi.waitFor(() => expect(onClosedByOtherTab).toHaveBeenCalledTimes(1));
    expect(connection.database.db.isOpen()).toBe(false);
    await expect(listResponses(connection)).rejects.toMatchObject({ kind: 'closed' });
    newer.close();
  });

  it('finishes a pending save before it closes', async () => {
    const onClosedByOtherTab = vi.fn();
    const connection = await openTestProfile(TEST_PROFILE, { onClosedByOtherTab });
    const response = makeResponse();
    const saving = saveCompletedResponse(connection, response);
    const newer = await upgradeAsNewerApp();
    await saving;
    await vi.waitFor(() => expect(onClosedByOtherTab).toHaveBeenCalled());
    expect(await newer.table('responses').get(response.id)).toBeDefined();
    newer.close();
  });
});

describe('flushing what is waiting on screen', () => {
  it('calls every registered flush once per flushAll, goes on past one that throws, and forgets one that unregistered', async () => {
    const { database } = await openTestProfile();
    const calls: string[] = [];
    database.onFlush(() => {
      calls.push('a');
      throw new Error('broken');
    });
    const unregister = database.onFlush(() => calls.push('b'));
    database.onFlush(() => calls.push('c'));
    database.flushAll();
    expect(calls).toEqual(['a', 'b', 'c']);
    unregister();
    database.flushAll();
    expect(calls).toEqual(['a', 'b', 'c', 'a', 'c']);
    database.db.close();
  });
});
