/**
 * Session state (zustand): the profiles on this device (display names only),
 * which one is open and whether it is locked, device settings, and UI flags
 * that cross features (a draft is open, so the update prompt waits).
 * Records themselves are never copied in here: features read them from Dexie
 * with useLiveQuery. The profile lifecycle (opening, locking, vault changes,
 * the PIN, the guest session) is storage/lifecycle/, imported on demand so
 * the first screen paints without waiting for Dexie. No key is held here:
 * the data key lives only in the open connection's vault.
 *
 * Locking hides the profile in the same tick (screens that show its records
 * unmount with the connection); the key is dropped within about a second and
 * the database closes once its writes have settled, in the background.
 * Profile changes are in profile-changes-slice.ts; following a vault change
 * made in another tab is vault-watch.ts.
 */
import { create } from 'zustand';
import { StorageError, toStorageError } from '../storage/errors.ts';
import type { ProfileConnection } from '../storage/profile-connection.ts';
import { DEFAULT_DEVICE_SETTINGS } from '../domain/device-settings.ts';
import type { OpenOptions } from '../storage/open-versioned.ts';
import type { ProfileRecord } from '../storage/repositories/profiles-repo.ts';
import { broadcastLock, listenForLock } from './lock-channel.ts';
import { profileChanges } from './profile-changes-slice.ts';
import type { SessionHelpers } from './session-kit.ts';
import { currentGeneration, loadedStorage, loadStorage, nextGeneration, resetTurns, summarise } from './session-kit.ts';
import type { ProfileSummary, SessionState, SessionStatus } from './session-types.ts';
import { vaultWatch } from './vault-watch.ts';

export type { ProfileSummary, SessionState, SessionStatus } from './session-types.ts';

const UNSAVED_AT_LOCK = 'A change made just before locking could not be saved. Everything saved before it is safe.';

const initialState = {
  status: 'idle' as SessionStatus,
  directory: null,
  profiles: [] as ProfileSummary[],
  device: DEFAULT_DEVICE_SETTINGS,
  profile: null,
  connection: null,
  unlockedAt: null,
  readOnly: false,
  closedByOtherTab: false,
  error: null,
  lockNotice: null,
  draftOpen: false,
  pinProfileId: null,
};

let stopListening: Array<() => void> = [];

export const useSession = create<SessionState>()((set, get) => {
  function openOptions(profileId: string): OpenOptions {
    const started = currentGeneration();
    return {
      onClosedByOtherTab: () => {
        if (started === currentGeneration()) set({ closedByOtherTab: true });
      },
      onVaultChanged: () => {
        if (started === currentGeneration()) void watch.leave(profileId, false);
      },
    };
  }

  async function refreshProfiles(): Promise<ProfileRecord[]> {
    const { directory } = get();
    if (!directory) return [];
    const records = await (await loadStorage()).listProfiles(directory);
    set({ profiles: records.map(summarise) });
    return records;
  }

  /** Closes the open connection without waiting on storage (synchronously up to the promise); says so later if a change could not be saved. */
  function close(connection: ProfileConnection, guest: boolean): Promise<void> {
    const api = loadedStorage();
    const closing = api ? (guest ? api.endGuest(connection) : api.closeProfileSession(connection)) : Promise.resolve({ unsaved: false });
    return closing.then(
      (report) => {
        if (report.unsaved && !guest) set({ lockNotice: UNSAVED_AT_LOCK });
      },
      () => {
        if (!guest) set({ lockNotice: UNSAVED_AT_LOCK });
      },
    );
  }

  /** Makes `connection` the session's open profile. */
  async function adopt(record: ProfileRecord, connection: ProfileConnection, started: number): Promise<void> {
    const api = await loadStorage();
    const { directory } = get();
    if (started !== currentGeneration() || !directory) {
      void api.closeProfileSession(connection);
      return;
    }
    try {
      if (!directory.readOnly) await api.setActiveProfile(directory, record.id);
    } catch (error) {
      void api.closeProfileSession(connection); // the key and the profile's lock must not outlive a failed open
      throw error;
    }
    if (api.pinProfileId() !== record.id) api.forgetPin(); // a PIN never outlives a change of person
    set({
      status: 'ready',
      profile: { ...summarise(record), hasPassphrase: connection.vault.scheme === 'aes-gcm' },
      connection,
      unlockedAt: Date.now(),
      readOnly: directory.readOnly || connection.database.readOnly,
      error: null,
      lockNotice: null,
      pinProfileId: api.pinProfileId(),
    });
    await refreshProfiles();
    void watch.checkAfterOpening(record.id, connection); // a change elsewhere may have begun or ended while this tab opened it
  }

  async function openWithSecret(record: ProfileRecord, secret: string | null): Promise<void> {
    const started = currentGeneration();
    const { directory } = get();
    if (!directory) throw new StorageError('closed');
    const api = await loadStorage();
    let connection: ProfileConnection;
    try {
      connection = await api.openProfileSession(directory, record, secret, openOptions(record.id));
    } catch (error) {
      if (!(error instanceof api.NeedsPassphraseError)) throw error;
      // The directory said plain, the profile itself says encrypted (a passphrase set in a tab that closed mid-way).
      if (started === currentGeneration()) set({ status: 'locked', profile: { ...summarise(record), hasPassphrase: true } });
      await refreshProfiles();
      return;
    }
    await adopt(record, connection, started);
  }

  async function findRecord(profileId: string): Promise<ProfileRecord> {
    const record = (await refreshProfiles()).find((p) => p.id === profileId);
    if (!record) throw new StorageError('unknown', { message: 'That profile is no longer on this device.' });
    return record;
  }

  const helpers: SessionHelpers = { refreshProfiles, findRecord, openWithSecret };
  const watch = vaultWatch(get, set, helpers, close);

  return {
    ...initialState,
    ...profileChanges(get, set, helpers, watch),
    setDraftOpen: (openNow) => set({ draftOpen: openNow }),

    start: async () => {
      if (get().status !== 'idle') return;
      const started = currentGeneration();
      set({ status: 'opening' });
      try {
        const api = await loadStorage();
        await api.removeLeftoverGuestDatabases();
        const directory = await api.openDirectory(openOptions(''));
        if (started !== currentGeneration()) {
          directory.db.close();
          return;
        }
        await api.removeOrphanProfileDatabases(directory);
        const device = await api.getDeviceSettings(directory);
        set({ directory, device, readOnly: directory.readOnly });
        stopListening.forEach((stop) => stop());
        stopListening = [
          listenForLock(() => void get().lock({ everywhere: false, toPicker: get().device.sharedDevice })),
          api.listenForVaultChanges(({ type, profileId }) => watch.onMessage(type, profileId)),
        ];
        const startup = await api.resolveStartupProfile(directory);
        await refreshProfiles();
        if (!startup) throw new StorageError('read-only');
        if (device.sharedDevice) set({ status: 'choose' });
        else if (startup.vault.scheme === 'aes-gcm') set({ status: 'locked', profile: summarise(startup) });
        else await openWithSecret(startup, null);
      } catch (error) {
        if (started === currentGeneration()) set({ status: 'failed', error: toStorageError(error).message });
      }
    },

    chooseProfile: async (profileId) => {
      const record = await findRecord(profileId);
      if (record.vault.scheme === 'aes-gcm') set({ status: 'locked', profile: summarise(record) });
      else await openWithSecret(record, null);
    },

    unlock: async (passphrase) => {
      const { profile } = get();
      if (!profile) throw new StorageError('unknown', { message: 'Choose a profile first.' });
      await openWithSecret(await findRecord(profile.id), passphrase);
    },

    lock: ({ everywhere = true, toPicker } = {}) => {
      const { connection, profile, device } = get();
      if (everywhere) broadcastLock();
      const picker = toPicker ?? device.sharedDevice;
      if (!connection) {
        if (picker) set({ status: 'choose', profile: null });
        return Promise.resolve();
      }
      // Flushes start and the key's revocation is set before the screens unmount, in this same tick.
      const closing = close(connection, profile?.guest ?? false);
      set({
        connection: null,
        unlockedAt: null,
        draftOpen: false,
        status: picker || !profile?.hasPassphrase ? 'choose' : 'locked',
        profile: picker || profile?.guest ? null : profile,
      });
      return closing;
    },

    startGuest: async () => {
      const started = currentGeneration();
      const api = await loadStorage();
      void get().lock({ everywhere: false, toPicker: true });
      const connection = await api.openGuest({ onClosedByOtherTab: openOptions('').onClosedByOtherTab });
      if (started !== currentGeneration()) {
        void api.endGuest(connection);
        return;
      }
      set({
        status: 'ready',
        profile: { id: connection.profileId, displayName: 'Guest', hasPassphrase: false, guest: true },
        connection,
        unlockedAt: Date.now(),
        error: null,
      });
    },

    unlockWithPin: async (pin) => {
      const { profile } = get();
      if (!profile) throw new StorageError('unknown', { message: 'Choose a profile first.' });
      const started = currentGeneration();
      const api = await loadStorage();
      const record = await findRecord(profile.id);
      try {
        await adopt(record, await api.openProfileWithPin(record, pin, openOptions(record.id)), started);
      } finally {
        if (started === currentGeneration()) set({ pinProfileId: api.pinProfileId() });
      }
    },
  };
});

/** The open profile. Only call below the app's session gate, where it is always set. */
export function useConnection(): ProfileConnection {
  const connection = useSession((s) => s.connection);
  if (!connection) throw new Error('useConnection() was called before a profile was opened');
  return connection;
}

/** Closes everything and returns to the initial state (tests). */
export function resetSession(): void {
  nextGeneration();
  const { connection, directory } = useSession.getState();
  connection?.vault.revoke(0);
  connection?.database.db.close();
  directory?.db.close();
  loadedStorage()?.forgetPin();
  stopListening.forEach((stop) => stop());
  stopListening = [];
  resetTurns();
  useSession.setState(initialState);
}
