/**
 * How this tab follows a vault change made in another tab (a passphrase set
 * or changed, the data removed), announced over storage/lifecycle's channel
 * or met as a write refused with 'vault-changed': save with the old vault,
 * close at once, wait until the change is done, then show what the profile
 * now needs (its passphrase, the picker, or open it again as it is).
 */
import { toStorageError } from '../storage/errors.ts';
import type { ProfileConnection } from '../storage/profile-connection.ts';
import type { SessionGet, SessionHelpers, SessionSet } from './session-kit.ts';
import { currentGeneration, loadedStorage, loadStorage, summarise } from './session-kit.ts';

/** How long a tab whose profile is being changed elsewhere waits for word that the change is done. */
const VAULT_CHANGE_WAIT_MS = 20_000;

export interface VaultWatch {
  /** The profile open here was changed elsewhere; `waitForWord` waits for the other tab to say it is done. */
  leave: (profileId: string, waitForWord: boolean) => Promise<void>;
  onMessage: (type: 'vault-changing' | 'vault-changed', profileId: string) => void;
  /** Run once a profile is open: follows a change elsewhere that began, or ended, while this tab was opening it. */
  checkAfterOpening: (profileId: string, connection: ProfileConnection) => Promise<void>;
  /** Leaves `connection` if its vault is no longer the profile's own (or the profile is gone); never rejects. */
  checkStillCurrent: (profileId: string, connection: ProfileConnection) => Promise<void>;
}

export function vaultWatch(
  get: SessionGet,
  set: SessionSet,
  { refreshProfiles, openWithSecret }: SessionHelpers,
  close: (connection: ProfileConnection, guest: boolean) => Promise<void>,
): VaultWatch {
  /** Profiles another tab has said it is changing, and not yet that it is done. */
  const changingElsewhere = new Set<string>();

  async function showAfterChange(profileId: string): Promise<void> {
    const record = (await refreshProfiles()).find((p) => p.id === profileId);
    if (!record || get().device.sharedDevice) set({ status: 'choose', profile: null });
    else if (record.vault.scheme === 'aes-gcm') set({ status: 'locked', profile: summarise(record) });
    else await openWithSecret(record, null);
  }

  /** Runs `follow` after a change elsewhere; a failure shows the failed screen with its reason instead of "Opening…" for ever. */
  async function following(started: number, follow: () => Promise<void>): Promise<void> {
    try {
      await follow();
    } catch (error) {
      if (started === currentGeneration()) set({ status: 'failed', connection: null, error: toStorageError(error).message });
    }
  }

  function leave(profileId: string, waitForWord: boolean): Promise<void> {
    const { connection, profile } = get();
    if (!connection || profile?.id !== profileId) return Promise.resolve();
    const started = currentGeneration();
    const closing = close(connection, false);
    set({ connection: null, unlockedAt: null, draftOpen: false, status: 'opening' });
    return following(started, async () => {
      const api = await loadStorage();
      const word = waitForWord ? api.vaultChanged(profileId, VAULT_CHANGE_WAIT_MS) : Promise.resolve();
      await closing; // our writes settle, then our hold is let go, and only then can the change go ahead
      await word;
      (await api.holdShared(profileId))(); // waits while the change still holds the profile
      if (started === currentGeneration()) await showAfterChange(profileId);
    });
  }

  /** Leaves `connection` if its vault no longer matches the profile's own descriptor, or the profile is gone. */
  async function leaveIfStale(profileId: string, connection: ProfileConnection): Promise<void> {
    const api = await loadStorage();
    const listed = (await refreshProfiles()).some((p) => p.id === profileId);
    const matches = listed && (await api.vaultMatches(connection));
    if (!matches && get().connection === connection) await leave(profileId, false);
  }

  function checkStillCurrent(profileId: string, connection: ProfileConnection): Promise<void> {
    return following(currentGeneration(), () => leaveIfStale(profileId, connection));
  }

  function checkAfterOpening(profileId: string, connection: ProfileConnection): Promise<void> {
    if (changingElsewhere.delete(profileId)) return leave(profileId, true); // once: a tab that died mid-change never says it is done
    return checkStillCurrent(profileId, connection);
  }

  function onMessage(type: 'vault-changing' | 'vault-changed', profileId: string): void {
    if (type === 'vault-changing') changingElsewhere.add(profileId);
    else changingElsewhere.delete(profileId);
    // This tab's own change of that profile keeps the vault it needs; the profile's lock and the descriptor check keep the two apart.
    if (loadedStorage()?.isChangingHere(profileId)) return;
    const { connection, profile, status } = get();
    if (connection && profile?.id === profileId && type === 'vault-changing') void leave(profileId, true);
    else if (connection && profile?.id === profileId) void checkStillCurrent(profileId, connection);
    else if (!connection && type === 'vault-changed') {
      if (profile?.id === profileId && status === 'locked') void following(currentGeneration(), () => showAfterChange(profileId));
      else void refreshProfiles();
    }
  }

  return { leave, onMessage, checkAfterOpening, checkStillCurrent };
}
