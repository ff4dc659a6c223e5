/**
 * Locking never waits on storage: the profile is hidden in the same tick,
 * the key is refused within about a second, and the database closes only
 * once the write that held it up has finished.
 */
import { waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { openProfile } from '../storage/profile-connection.ts';
import { encryptProfile } from '../storage/profile-vault.ts';
import { updateProfile } from '../storage/repositories/profiles-repo.ts';
import { resetSession, useSession } from './session-store.ts';

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

  it('ends a guest session at once, and deletes its database only once the write has finished', async () => {
    await useSession.getState().start();
    await useSession.getState().startGuest();
    const { database } = useSession.getState().connection!;
    let finishWrite = () => undefined as void;
    database.track(new Promise<void>((resolve) => (finishWrite = resolve)));

    const ended = useSession.getState().lock();
    expect(useSession.getState()).toMatchObject({ connection: null, profile: null, status: 'choose' });
    expect(database.db.isOpen()).toBe(true);
    finishWrite();
    await ended;
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(database.db.name);
  });

  it('removes my data: the picker shows without the profile before the stuck write has finished', async () => {
    await useSession.getState().start();
    const { database } = useSession.getState().connection!;
    let finishWrite = () => undefined as void;
    database.track(new Promise<void>((resolve) => (finishWrite = resolve)));

    const removing = useSession.getState().removeMyData(null);
    await waitFor(() => expect(useSession.getState().status).toBe('choose'));
    expect(useSession.getState()).toMatchObject({ connection: null, profile: null, profiles: [] });
    expect(database.db.isOpen()).toBe(true);
    finishWrite();
    await removing;
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(database.db.name);
  });

  it('says nothing on the unlock screen when nothing was lost', async () => {
    await useSession.getState().start();
    await useSession.getState().lock();
    expect(useSession.getState().lockNotice).toBeNull();
  });
});

describe('a write refused because the vault changed in another tab', () => {
  it('locks this tab, which then asks for the new passphrase', async () => {
    await useSession.getState().start();
    const { connection, directory, profile } = useSession.getState();
    // Another tab sets a passphrase (here, a second connection to the same database).
    const other = await openProfile({ id: profile!.id, displayName: profile!.displayName, createdAt: '', vault: { scheme: 'plain' } });
    await encryptProfile(other, 'kettle harbour violet seventeen');
    await updateProfile(directory!, profile!.id, { vault: { scheme: 'aes-gcm' } });
    other.database.db.close();

    // This tab's next write meets the changed descriptor (the sealed write path refuses it with kind 'vault-changed').
    const refused = Object.assign(new Error('This profile was locked or changed in another tab.'), { name: 'StorageError', kind: 'vault-changed' });
    connection!.database.track(Promise.reject(refused)).catch(() => undefined);

    await waitFor(() => expect(useSession.getState().status).toBe('locked'));
    expect(useSession.getState().connection).toBeNull();
    expect(useSession.getState().profile).toMatchObject({ id: profile!.id, hasPassphrase: true });
    expect(useSession.getState().lockNotice).toMatch(/could not be saved/); // the refused change is not lost silently
  });
});

describe('a profile the directory still lists as plain, but encrypted on disk', () => {
  it('asks for its passphrase instead of failing to open on every visit', async () => {
    await useSession.getState().start();
    const { profile } = useSession.getState();
    // A passphrase was set in a tab that closed before the directory was told.
    const other = await openProfile({ id: profile!.id, displayName: profile!.displayName, createdAt: '', vault: { scheme: 'plain' } });
    await encryptProfile(other, 'kettle harbour violet seventeen');
    other.database.db.close();
    await useSession.getState().lock();

    await useSession.getState().chooseProfile(profile!.id);
    expect(useSession.getState()).toMatchObject({ status: 'locked', profile: { id: profile!.id, hasPassphrase: true } });
    expect(useSession.getState().profiles).toEqual([expect.objectContaining({ id: profile!.id, hasPassphrase: true })]);
  });
});

describe('following a change made in another tab', () => {
  it('says why when the profile cannot be shown again, instead of "Opening…" for ever', async () => {
    await useSession.getState().start();
    const { connection, directory } = useSession.getState();
    directory!.db.close(); // the directory cannot be read again (closed by another tab's upgrade, say)
    const refused = Object.assign(new Error('changed'), { name: 'StorageError', kind: 'vault-changed' });
    connection!.database.track(Promise.reject(refused)).catch(() => undefined);

    await waitFor(() => expect(useSession.getState().status).toBe('failed'));
    expect(useSession.getState().error).toMatch(/Reload this page/);
    expect(useSession.getState().connection).toBeNull();
  });
});

describe('a profile whose opening fails at the last step', () => {
  it('closes the connection it opened, so its key and database do not outlive the failure', async () => {
    await useSession.getState().start();
    const { profile, directory } = useSession.getState();
    await useSession.getState().lock();
    const meta = directory!.db.table('meta');
    const refuse = () => {
      throw new Error('The directory refused the write');
    };
    meta.hook('creating', refuse);
    meta.hook('updating', refuse);
    const opened: Dexie[] = [];
    const open = Dexie.prototype.open;
    vi.spyOn(Dexie.prototype, 'open').mockImplementation(function (this: Dexie) {
      opened.push(this);
      return open.call(this);
    });
    await expect(useSession.getState().chooseProfile(profile!.id)).rejects.toThrow();
    vi.restoreAllMocks();
    expect(opened.some((db) => db.name.startsWith('attune-profile-'))).toBe(true);
    expect(useSession.getState().connection).toBeNull();
    await waitFor(() => expect(opened.filter((db) => db.name.startsWith('attune-profile-') && db.isOpen())).toEqual([]));
  });
});

describe('remove my data, when the removal fails after the picker is shown', () => {
  it('says so on the picker and lists what is really left', async () => {
    await useSession.getState().start();
    const { directory, profile } = useSession.getState();
    directory!.db.table('profiles').hook('deleting', () => {
      throw new Error('The directory refused the deletion');
    });

    await useSession.getState().removeMyData(null);
    expect(useSession.getState().status).toBe('choose');
    expect(useSession.getState().lockNotice).toMatch(/could not be removed/);
    expect(useSession.getState().profiles).toEqual([expect.objectContaining({ id: profile!.id })]);
  });

  it('sweeps, at the next start, a profile database whose directory entry is gone', async () => {
    await useSession.getState().start();
    const leftOver = await openProfile({ id: 'removed-earlier', displayName: 'Gone', createdAt: '', vault: { scheme: 'plain' } });
    leftOver.database.db.close();
    resetSession(); // a reload
    await useSession.getState().start();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain('attune-profile-removed-earlier');
    expect(names).toContain(`attune-profile-${useSession.getState().profile!.id}`);
  });
});
