// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeDraft, makeResponse } from '../testing/factories.ts';
import { endGuestSession, GUEST_DB_PREFIX, openGuestSession, removeLeftoverGuestDatabases } from './guest-session.ts';
import { getDraft, saveDraft } from './repositories/drafts-repo.ts';
import { getResponse, saveCompletedResponse } from './repositories/responses-repo.ts';

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

describe('the guest session', () => {
  it('works like a profile while it lasts, sealed with a key that is never stored', async () => {
    const guest = await openGuestSession();
    await saveCompletedResponse(guest, makeResponse({ id: 'g1' }));
    expect((await getResponse(guest, 'g1'))?.id).toBe('g1');
    const row = await guest.database.db.table('responses').get('g1');
    expect(row.payload.scheme).toBe('aes-gcm');
    expect(JSON.stringify(await guest.database.db.table('meta').toArray())).not.toMatch(/key|vault/i);
    await endGuestSession(guest);
  });

  it('leaves no database behind when it ends, even with a save in flight', async () => {
    const guest = await openGuestSession();
    await saveCompletedResponse(guest, makeResponse({ id: 'g1' }));
    const saving = saveDraft(guest, makeDraft());
    await endGuestSession(guest);
    await expect(saving).resolves.toBeUndefined(); // finished before the database was deleted
    expect((await databaseNames()).filter((n) => n.startsWith(GUEST_DB_PREFIX))).toEqual([]);
  });

  it('deletes what a crashed guest session left, on the next start', async () => {
    const crashed = await openGuestSession();
    await saveDraft(crashed, makeDraft());
    expect(await getDraft(crashed, 'compassionate-leadership')).toBeDefined();
    crashed.database.db.close();
    expect((await databaseNames()).some((n) => n.startsWith(GUEST_DB_PREFIX))).toBe(true);
    await removeLeftoverGuestDatabases();
    expect((await databaseNames()).filter((n) => n.startsWith(GUEST_DB_PREFIX))).toEqual([]);
  });
});
