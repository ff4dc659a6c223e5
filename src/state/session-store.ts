/**
 * Session state (zustand): the profiles on this device (display names only),
 * which one is open and whether it is locked, device settings, and UI flags
 * that cross features (a draft is open, so the update prompt waits).
 * Records themselves are never copied in here: features read them from Dexie
 * with useLiveQuery. The profile lifecycle (opening, locking, vault changes,
 * the PIN, the guest session) is storage/lifecycle/; it is imported on
 * demand, so the first screen paints without waiting for Dexie. No key is
 * held here: the data key lives only in the open connection's vault.
 *
 * Locking hides the profile in the same tick (screens that show its records
 * unmount with the connection); the key is dropped within about a second and
 * the database closes once its writes have settled, in the background.
 */
import { create } from 'zustand';
import { StorageError, toStorageError } from '../storage/errors.ts';
import type { ProfileConnection } from '../storage/profile-connection.ts';
import { DEFAULT_DEVICE_SETTINGS } from '../domain/device-settings.ts';
import type { OpenOptions } from '../storage/open-versioned.ts';
import type { ProfileRecord } from '../storage/repositories/profiles-repo.ts';
import { broadcastLock, listenForLock } from './lock-channel.ts';
import type { ProfileSummary, SessionState, SessionStatus } from './session-types.ts';

export type { ProfileSummary, SessionState, SessionStatus } from './session-types.ts';

export const UNSAVED_AT_LOCK = 'A change made just before locking could not be saved. Everything saved before it is safe.';
/** How long a tab whose profile is being changed elsewhere waits for word that the change is done. */
const VAULT_CHANGE_WAIT_MS = 20_000;

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

/** Bumped by resetSession(), so work still in flight from before cannot revive an old session. */
let generation = 0;

/**
 * Changes to profiles and to the device settings run one after another, so
 * each one's checks see what came before it (a tick of "This is a shared
 * device" made while a passphrase is being set is checked after it).
 */
let changes: Promise<unknown> = Promise.resolve();

function inTurn<T>(change: () => Promise<T>): Promise<T> {
  const run = changes.then(change, change);
  changes = run.catch(() => undefined);
  return run;
}

const storage = () => import('../storage/open-session.ts');
type StorageApi = Awaited<ReturnType<typeof storage>>;
/** The storage module once loaded: a lock must start closing in the same tick, without awaiting an import. */
let api: StorageApi | undefined;
async function loadStorage(): Promise<StorageApi> {
  api ??= await storage();
  return api;
}

function summarise(profile: ProfileRecord): ProfileSummary {
  return { id: profile.id, displayName: profile.displayName, hasPassphrase: profile.vault.scheme === 'aes-gcm' };
}

let stopListening: Array<() => void> = [];

export const useSession = create<SessionState>()((set, get) => {
  function openOptions(profileId: string): OpenOptions {
    const started = generation;
    return {
      onClosedByOtherTab: () => {
        if (started === generation) set({ closedByOtherTab: true });
      },
      onVaultChanged: () => {
        if (started === generation) void leaveForVaultChange(profileId, false);
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

  /** Closes the open connection without waiting on storage; says so later if a change could not be saved. */
  function close(connection: ProfileConnection, guest: boolean): Promise<void> {
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
    const storageApi = await loadStorage();
    const { directory } = get();
    if (started !== generation || !directory) {
      void storageApi.closeProfileSession(connection);
      return;
    }
    if (!directory.readOnly) await storageApi.setActiveProfile(directory, record.id);
    if (storageApi.pinProfileId() !== record.id) storageApi.forgetPin(); // a PIN never outlives a change of person
    set({
      status: 'ready',
      profile: { ...summarise(record), hasPassphrase: connection.vault.scheme === 'aes-gcm' },
      connection,
      unlockedAt: Date.now(),
      readOnly: directory.readOnly || connection.database.readOnly,
      error: null,
      lockNotice: null,
      pinProfileId: storageApi.pinProfileId(),
    });
    await refreshProfiles();
  }

  async function openWithSecret(record: ProfileRecord, secret: string | null): Promise<void> {
    const started = generation;
    const { directory } = get();
    if (!directory) throw new StorageError('closed');
    const connection = await (await loadStorage()).openProfileSession(directory, record, secret, openOptions(record.id));
    await adopt(record, connection, started);
  }

  async function findRecord(profileId: string): Promise<ProfileRecord> {
    const record = (await refreshProfiles()).find((p) => p.id === profileId);
    if (!record) throw new StorageError('unknown', { message: 'That profile is no longer on this device.' });
    return record;
  }

  /**
   * Another tab is changing (or has changed) the vault of the profile open
   * here: save with the old vault, close, wait for the change, then show what
   * the profile now needs (its passphrase, the picker, or open it again).
   */
  async function leaveForVaultChange(profileId: string, waitForWord: boolean): Promise<void> {
    const { connection, profile } = get();
    if (!connection || profile?.id !== profileId) return;
    const started = generation;
    const storageApi = await loadStorage();
    const word = waitForWord ? storageApi.vaultChanged(profileId, VAULT_CHANGE_WAIT_MS) : Promise.resolve();
    const closing = close(connection, false);
    set({ connection: null, unlockedAt: null, draftOpen: false, status: 'opening' });
    await closing;
    await word;
    (await storageApi.holdShared(profileId))(); // waits while the change holds the profile
    if (started === generation) await showAfterChange(profileId);
  }

  async function showAfterChange(profileId: string): Promise<void> {
    const record = (await refreshProfiles()).find((p) => p.id === profileId);
    if (!record || get().device.sharedDevice) set({ status: 'choose', profile: null });
    else if (record.vault.scheme === 'aes-gcm') set({ status: 'locked', profile: summarise(record) });
    else await openWithSecret(record, null);
  }

  function onVaultMessage(type: 'vault-changing' | 'vault-changed', profileId: string): void {
    const { connection, profile, status } = get();
    if (connection && profile?.id === profileId && type === 'vault-changing') void leaveForVaultChange(profileId, true);
    else if (!connection && type === 'vault-changed') {
      if (profile?.id === profileId && status === 'locked') void showAfterChange(profileId);
      else void refreshProfiles();
    }
  }

  return {
    ...initialState,
    setDraftOpen: (openNow) => set({ draftOpen: openNow }),

    start: async () => {
      if (get().status !== 'idle') return;
      const started = generation;
      set({ status: 'opening' });
      try {
        const storageApi = await loadStorage();
        await storageApi.removeLeftoverGuestDatabases();
        const directory = await storageApi.openDirectory(openOptions(''));
        if (started !== generation) {
          directory.db.close();
          return;
        }
        const device = await storageApi.getDeviceSettings(directory);
        set({ directory, device, readOnly: directory.readOnly });
        stopListening.forEach((stop) => stop());
        stopListening = [
          listenForLock(() => void get().lock({ everywhere: false, toPicker: get().device.sharedDevice })),
          storageApi.listenForVaultChanges(({ type, profileId }) => onVaultMessage(type, profileId)),
        ];
        const startup = await storageApi.resolveStartupProfile(directory);
        await refreshProfiles();
        if (!startup) throw new StorageError('read-only');
        if (device.sharedDevice) set({ status: 'choose' });
        else if (startup.vault.scheme === 'aes-gcm') set({ status: 'locked', profile: summarise(startup) });
        else await openWithSecret(startup, null);
      } catch (error) {
        if (started === generation) set({ status: 'failed', error: toStorageError(error).message });
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

    createProfile: (displayName, passphrase) =>
      inTurn(async () => {
        const { directory } = get();
        if (!directory) throw new StorageError('closed');
        const storageApi = await loadStorage();
        const record = await storageApi.createProfileWith(directory, () => storageApi.createProfile(directory, displayName.trim()), passphrase);
        void get().lock({ everywhere: false, toPicker: true });
        await openWithSecret(record, passphrase);
      }),

    renameProfile: (displayName) =>
      inTurn(async () => {
        const { directory, profile } = get();
        if (!directory || !profile) throw new StorageError('closed');
        await (await loadStorage()).updateProfile(directory, profile.id, { displayName: displayName.trim() });
        set({ profile: { ...profile, displayName: displayName.trim() } });
        await refreshProfiles();
      }),

    setPassphrase: (passphrase) =>
      inTurn(async () => {
        const { directory, profile, connection } = get();
        if (!directory || !profile || !connection) throw new StorageError('closed');
        const next = await (await loadStorage()).setProfilePassphrase(directory, connection, passphrase);
        if (get().connection !== connection) {
          next.vault.revoke(0); // locked meanwhile: the new vault must not outlive it
          return;
        }
        set({ connection: next, profile: { ...profile, hasPassphrase: true } });
        await refreshProfiles();
      }),

    changePassphrase: (current, next) =>
      inTurn(async () => {
        const { directory, profile, connection } = get();
        if (!directory || !profile || !connection) throw new StorageError('closed');
        await (await loadStorage()).changeProfilePassphrase(directory, await findRecord(profile.id), connection, current, next);
      }),

    setDevice: (deviceChanges) =>
      inTurn(async () => {
        const { directory, profiles, device } = get();
        const settings = { ...device, ...deviceChanges };
        if (!directory) throw new StorageError('closed');
        if (settings.sharedDevice && profiles.some((p) => !p.hasPassphrase)) {
          throw new StorageError('unknown', {
            message: `On a shared device every profile needs a passphrase. Set one for ${profiles
              .filter((p) => !p.hasPassphrase)
              .map((p) => p.displayName)
              .join(', ')} first.`,
          });
        }
        await (await loadStorage()).setDeviceSettings(directory, settings);
        set({ device: settings });
      }),

    removeMyData: (passphrase) =>
      inTurn(async () => {
        const { directory, profile, connection } = get();
        if (!directory || !profile || !connection) throw new StorageError('closed');
        const storageApi = await loadStorage();
        await storageApi.checkRemoval(directory, await findRecord(profile.id), passphrase);
        if (get().connection !== connection) throw new StorageError('closed');
        const removing = storageApi.removeProfileSession(directory, connection);
        // The picker shows at once, without the removed profile; the deletion finishes in the background.
        set({
          connection: null,
          profile: null,
          unlockedAt: null,
          pinProfileId: null,
          draftOpen: false,
          status: 'choose',
          profiles: get().profiles.filter((p) => p.id !== profile.id),
        });
        await removing;
        await refreshProfiles();
      }),

    startGuest: async () => {
      const started = generation;
      const storageApi = await loadStorage();
      void get().lock({ everywhere: false, toPicker: true });
      const connection = await storageApi.openGuest({ onClosedByOtherTab: openOptions('').onClosedByOtherTab });
      if (started !== generation) {
        void storageApi.endGuest(connection);
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

    setPin: async (passphrase, pin) => {
      const { directory, profile, connection } = get();
      if (!directory || !profile || !connection || !profile.hasPassphrase) {
        throw new StorageError('unknown', { message: 'Unlock the profile with its passphrase first.' });
      }
      const storageApi = await loadStorage();
      await storageApi.setSessionPin(directory, await findRecord(profile.id), connection, passphrase, pin);
      set({ pinProfileId: storageApi.pinProfileId() });
    },

    unlockWithPin: async (pin) => {
      const { profile } = get();
      if (!profile) throw new StorageError('unknown', { message: 'Choose a profile first.' });
      const started = generation;
      const storageApi = await loadStorage();
      const record = await findRecord(profile.id);
      try {
        await adopt(record, await storageApi.openProfileWithPin(record, pin, openOptions(record.id)), started);
      } finally {
        if (started === generation) set({ pinProfileId: storageApi.pinProfileId() });
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
  generation += 1;
  const { connection, directory } = useSession.getState();
  connection?.vault.revoke(0);
  connection?.database.db.close();
  directory?.db.close();
  api?.forgetPin();
  stopListening.forEach((stop) => stop());
  stopListening = [];
  changes = Promise.resolve();
  useSession.setState(initialState);
}
