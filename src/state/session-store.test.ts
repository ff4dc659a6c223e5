/**
 * Locking never waits on storage: the profile is hidden in the same tick,
 * the key is refused within about a second, and the database closes only
 * once the write that held it up has finished.
 */
import { describe, expect, it } from 'vitest';
import { useSession } from './session-store.ts';

const binding = (profileId: string) => ({ profileId, table: 'journal', id: 'e1' });

describe('locking while a write is stuck', () => {
  it('hides the profile at once, drops the key within a second, closes the database only after the write, and reports a refused change', async () => {
    await useSession.getState().start();
    const { connection } = useSession.getState();
    expect(connection).not.toBeNull();
    const { database, vault, profileId } = connection!;
    let finishWrite = () => undefined as void;
    database.track(new Promise<void>((resolve) => (finishWrite = resolve))); // a save held up by storage

    const locked = useSession.getState().lock();
    expect(useSession.getState().connection).toBeNull(); // same tick: nothing of the profile is left to render
    expect(useSession.getState().status).toBe('choose');

    await new Promise((resolve) => setTimeout(resolve, 1000));
    await expect(vault.seal({ text: 'too late' }, binding(profileId))).rejects.toMatchObject({ kind: 'closed' });
    expect(database.db.isOpen()).toBe(true); // never closed under a pending write

    finishWrite();
    await locked;
    expect(database.db.isOpen()).toBe(false);
    expect(useSession.getState().lockNotice).toMatch(/could not be saved/);
  });

  it('says nothing on the unlock screen when nothing was lost', async () => {
    await useSession.getState().start();
    await useSession.getState().lock();
    expect(useSession.getState().lockNotice).toBeNull();
  });
});
