/**
 * Following a vault change made in another tab, with that tab played by a
 * second connection to the same database and a BroadcastChannel of the same
 * name (jsdom has no Web Locks, so only the messages and the descriptor
 * check keep the two apart here; tests/e2e/vault-change.spec.ts has real tabs).
 */
import { waitFor } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { isChangingHere } from '../storage/lifecycle/vault-change.ts';
import { openProfile } from '../storage/profile-connection.ts';
import { encryptProfile } from '../storage/profile-vault.ts';
import { updateProfile } from '../storage/repositories/profiles-repo.ts';
import { useSession } from './session-store.ts';

const PASSPHRASE = 'kettle harbour violet seventeen';
const otherTab = new BroadcastChannel('attune-vault');
afterAll(() => otherTab.close());

/** Another tab sets a passphrase on the open profile, and tells nobody yet. */
async function passphraseSetElsewhere(): Promise<string> {
  const { profiles, directory } = useSession.getState();
  const profile = profiles[0];
  const other = await openProfile({ id: profile!.id, displayName: profile!.displayName, createdAt: '', vault: { scheme: 'plain' } });
  await encryptProfile(other, 'a different passphrase altogether');
  await updateProfile(directory!, profile!.id, { vault: { scheme: 'aes-gcm' } });
  other.database.db.close();
  return profile!.id;
}

describe('a vault change in another tab', () => {
  it('is followed when only its "changed" message arrives (this tab opened the profile while it was under way)', async () => {
    await useSession.getState().start();
    const profileId = await passphraseSetElsewhere();
    otherTab.postMessage({ type: 'vault-changed', profileId });

    await waitFor(() => expect(useSession.getState().status).toBe('locked'));
    expect(useSession.getState()).toMatchObject({ connection: null, profile: { id: profileId, hasPassphrase: true } });
  });

  it('announced before this tab opened the profile: the tab lets go once open, and follows the change when it is done', async () => {
    await useSession.getState().start();
    const profileId = useSession.getState().profile!.id;
    await useSession.getState().lock();
    otherTab.postMessage({ type: 'vault-changing', profileId }); // heard while nothing was open
    await new Promise((resolve) => setTimeout(resolve, 50));

    await useSession.getState().chooseProfile(profileId); // opens at once: jsdom has no lock to wait on
    await waitFor(() => expect(useSession.getState()).toMatchObject({ status: 'opening', connection: null }));
    await passphraseSetElsewhere();
    otherTab.postMessage({ type: 'vault-changed', profileId });
    await waitFor(() => expect(useSession.getState()).toMatchObject({ status: 'locked', profile: { hasPassphrase: true } }));
  });

  it('does not stop this tab setting its own passphrase when the other tab announces one at the same time', async () => {
    await useSession.getState().start();
    const profileId = useSession.getState().profile!.id;
    const setting = useSession.getState().setPassphrase(PASSPHRASE);
    await waitFor(() => expect(isChangingHere(profileId)).toBe(true), { interval: 1 });
    otherTab.postMessage({ type: 'vault-changing', profileId }); // the other tab's change, which loses the race

    await setting;
    expect(useSession.getState()).toMatchObject({ status: 'ready', profile: { hasPassphrase: true } });
    expect(useSession.getState().connection?.vault.scheme).toBe('aes-gcm');
  });

  it('that came first: this tab is told why its passphrase was not set, and shows the unlock form', async () => {
    await useSession.getState().start();
    const profileId = await passphraseSetElsewhere();

    await expect(useSession.getState().setPassphrase(PASSPHRASE)).rejects.toThrow(/another tab/);
    expect(useSession.getState()).toMatchObject({ status: 'locked', connection: null, profile: { id: profileId, hasPassphrase: true } });
    expect(useSession.getState().lockNotice).toMatch(/set for this profile in another tab/);
  });
});

describe('setting a passphrase that fails after the profile was encrypted', () => {
  it('leaves the old vault and asks for the new passphrase, instead of staying open on a revoked key', async () => {
    await useSession.getState().start();
    const { directory, profile } = useSession.getState();
    let refusals = 1;
    directory!.db.table('profiles').hook('updating', () => {
      if (refusals-- > 0) throw new Error('The directory refused the write'); // once: the directory is not told
    });

    await expect(useSession.getState().setPassphrase(PASSPHRASE)).rejects.toThrow();
    await waitFor(() => expect(useSession.getState()).toMatchObject({ status: 'locked', connection: null, profile: { id: profile!.id, hasPassphrase: true } }));
  });
});
