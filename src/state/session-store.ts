/**
 * Session state (zustand): the profiles on this device (display names only),
 * which one is open and whether it is locked, device settings, and UI flags
 * that cross features (a draft is open, so the update prompt waits).
 * Records themselves are never copied in here: features read them from Dexie
 * with useLiveQuery. The storage code is imported on demand, so the first
 * screen paints without waiting for Dexie.
 *
 * Locking drops the connection and the data key from memory; screens that
 * show the profile's records unmount with it.
 */
import { create } from 'zustand';
import type { DirectoryDatabase } from '../storage/directory.ts';
import { StorageError, toStorageError } from '../storage/errors.ts';
import type { ProfileConnection } from '../storage/profile-connection.ts';
import type { DeviceSettings } from '../domain/device-settings.ts';
import { DEFAULT_DEVICE_SETTINGS } from '../domain/device-settings.ts';
import type { OpenOptions } from '../storage/open-versioned.ts';
import type { OpenedProfile } from '../storage/profile-access.ts';
import type { ProfileRecord } from '../storage/repositories/profiles-repo.ts';
import { PIN_MAX_FAILURES } from '../domain/crypto/retry-delay.ts';
import type { WrappedKey } from '../domain/crypto/data-key.ts';
import type { Pbkdf2Params } from '../domain/crypto/kdf.ts';
import { broadcastLock, listenForLock } from './lock-channel.ts';

export type SessionStatus = 'idle' | 'opening' | 'choose' | 'locked' | 'ready' | 'failed';

export interface ProfileSummary {
  id: string;
  displayName: string;
  hasPassphrase: boolean;
  /** A guest session: nothing is kept; it ends (and is deleted) on lock. */
  guest?: boolean;
}

export interface SessionState {
  status: SessionStatus;
  directory: DirectoryDatabase | null;
  profiles: ProfileSummary[];
  device: DeviceSettings;
  /** The profile that is open (ready) or waiting for its passphrase (locked). */
  profile: ProfileSummary | null;
  connection: ProfileConnection | null;
  unlockedAt: number | null;
  /** An older app met a newer database: reading works, writing is refused. */
  readOnly: boolean;
  /** Another tab upgraded or deleted the database; this tab must reload. */
  closedByOtherTab: boolean;
  error: string | null;
  /** A questionnaire draft is on screen (the update prompt waits while it is). */
  draftOpen: boolean;
  setDraftOpen: (open: boolean) => void;
  start: () => Promise<void>;
  /** Shows the profile picker (or opens a profile without a passphrase directly). */
  chooseProfile: (profileId: string) => Promise<void>;
  /** @throws WrongSecretError, UnlockWaitError, StorageError */
  unlock: (passphrase: string) => Promise<void>;
  /** Seals and saves what is pending, then forgets the profile. `everywhere` tells other tabs too. */
  lock: (options?: { everywhere?: boolean; toPicker?: boolean }) => Promise<void>;
  createProfile: (displayName: string, passphrase: string | null) => Promise<void>;
  renameProfile: (displayName: string) => Promise<void>;
  setPassphrase: (passphrase: string) => Promise<void>;
  /** @throws WrongSecretError when `current` is wrong */
  changePassphrase: (current: string, next: string) => Promise<void>;
  /** Applies `changes` to the device settings as they are when its turn comes (see inTurn). */
  setDevice: (changes: Partial<DeviceSettings>) => Promise<void>;
  /** @throws WrongSecretError when the passphrase is wrong */
  removeMyData: (passphrase: string | null) => Promise<void>;
  /** The profile id whose key a quick-unlock PIN holds in memory for this session, if any. */
  pinProfileId: string | null;
  setPin: (pin: string) => Promise<void>;
  /** "Use without saving": a session whose records are deleted when it ends. */
  startGuest: () => Promise<void>;
  /** @throws WrongSecretError; after 5 wrong PINs the PIN is dropped and the passphrase is needed */
  unlockWithPin: (pin: string) => Promise<void>;
}

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
  draftOpen: false,
  pinProfileId: null,
};

/**
 * The quick-unlock PIN: the data key wrapped by a PIN-derived key, in memory
 * only (a reload forgets it), for one profile, with its wrong-PIN count.
 */
let pinUnlock: { profileId: string; kdf: Pbkdf2Params; wrapped: WrappedKey; failures: number } | null = null;

/** The open profile's data key (encrypted profiles only). Memory only; dropped on lock. */
let dataKey: CryptoKey | null = null;

/** Bumped by resetSession(), so work still in flight from before cannot revive an old session. */
let generation = 0;

/**
 * Changes to profiles and to the device settings run one after another, so
 * each one's checks see what came before it. Setting a passphrase takes
 * seconds (key derivation, then every record re-sealed); a tick of "This is
 * a shared device" made meanwhile used to be checked against the profile as
 * it was (no passphrase yet), refused, and lost.
 */
let changes: Promise<unknown> = Promise.resolve();

function inTurn<T>(change: () => Promise<T>): Promise<T> {
  const run = changes.then(change, change);
  changes = run.catch(() => undefined);
  return run;
}

const storage = () => import('../storage/open-session.ts');

function summarise(profile: ProfileRecord): ProfileSummary {
  return { id: profile.id, displayName: profile.displayName, hasPassphrase: profile.vault.scheme === 'aes-gcm' };
}

let stopListening: (() => void) | undefined;

export const useSession = create<SessionState>()((set, get) => {
  const onClosedByOtherTab = (started: number) => () => {
    if (started === generation) set({ closedByOtherTab: true });
  };

  async function refreshProfiles(): Promise<ProfileRecord[]> {
    const { directory } = get();
    if (!directory) return [];
    const { listProfiles } = await storage();
    const records = await listProfiles(directory);
    set({ profiles: records.map(summarise) });
    return records;
  }

  type StorageApi = Awaited<ReturnType<typeof storage>>;

  /**
   * Opens a profile with `access` (a passphrase, no secret, or a key the PIN
   * unwrapped) and makes it the session's profile.
   */
  async function open(
    record: ProfileRecord,
    access: (api: StorageApi, directory: DirectoryDatabase, options: OpenOptions) => Promise<OpenedProfile>,
  ): Promise<void> {
    const started = generation;
    const { directory } = get();
    if (!directory) throw new StorageError('closed');
    const api = await storage();
    const opened = await access(api, directory, { onClosedByOtherTab: onClosedByOtherTab(started) });
    if (started !== generation) {
      opened.connection.database.db.close();
      return;
    }
    if (!directory.readOnly) await api.setActiveProfile(directory, record.id);
    dataKey = opened.dataKey;
    if (pinUnlock && pinUnlock.profileId !== record.id) {
      pinUnlock = null; // a PIN never outlives a change of person
      set({ pinProfileId: null });
    }
    set({
      status: 'ready',
      profile: { ...summarise(record), hasPassphrase: opened.connection.vault.scheme === 'aes-gcm' },
      connection: opened.connection,
      unlockedAt: Date.now(),
      readOnly: directory.readOnly || opened.connection.database.readOnly,
      error: null,
    });
    await refreshProfiles();
  }

  /** Opens a profile with its passphrase, or with none. */
  function openWithSecret(record: ProfileRecord, secret: string | null): Promise<void> {
    return open(record, (api, directory, options) => api.accessProfile(directory, record, secret, options));
  }

  async function findRecord(profileId: string): Promise<ProfileRecord> {
    const record = (await refreshProfiles()).find((p) => p.id === profileId);
    if (!record) throw new StorageError('unknown', { message: 'That profile is no longer on this device.' });
    return record;
  }

  return {
    ...initialState,
    setDraftOpen: (openNow) => set({ draftOpen: openNow }),

    start: async () => {
      if (get().status !== 'idle') return;
      const started = generation;
      set({ status: 'opening' });
      try {
        const { openDirectory, getDeviceSettings, resolveStartupProfile, removeLeftoverGuestDatabases } = await storage();
        await removeLeftoverGuestDatabases();
        const directory = await openDirectory({ onClosedByOtherTab: onClosedByOtherTab(started) });
        if (started !== generation) {
          directory.db.close();
          return;
        }
        const device = await getDeviceSettings(directory);
        set({ directory, device, readOnly: directory.readOnly });
        stopListening?.();
        stopListening = listenForLock(() => void get().lock({ everywhere: false, toPicker: get().device.sharedDevice }));
        const startup = await resolveStartupProfile(directory);
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

    lock: async ({ everywhere = true, toPicker } = {}) => {
      const { connection, profile, device } = get();
      if (everywhere) broadcastLock();
      if (!connection) {
        if (toPicker ?? device.sharedDevice) set({ status: 'choose', profile: null });
        return;
      }
      if (profile?.guest) {
        const { endGuestSession } = await storage();
        await endGuestSession(connection);
      } else {
        // Let pending saves (a draft being sealed) finish before the key is dropped.
        await connection.database.settle();
        connection.database.db.close();
      }
      dataKey = null;
      const picker = toPicker ?? device.sharedDevice;
      set({
        connection: null,
        unlockedAt: null,
        draftOpen: false,
        status: picker || !profile?.hasPassphrase ? 'choose' : 'locked',
        profile: picker || profile?.guest ? null : profile,
      });
    },

    createProfile: (displayName, passphrase) =>
      inTurn(async () => {
        const { directory } = get();
        if (!directory) throw new StorageError('closed');
        const { createProfile, accessProfile, encryptProfile, updateProfile } = await storage();
        const record = await createProfile(directory, displayName.trim());
        if (passphrase !== null) {
          const { connection } = await accessProfile(directory, record, null);
          await encryptProfile(connection, passphrase);
          connection.database.db.close();
          await updateProfile(directory, record.id, { vault: { scheme: 'aes-gcm' } });
        }
        await get().lock({ everywhere: false, toPicker: true });
        await openWithSecret({ ...record, vault: { scheme: passphrase === null ? 'plain' : 'aes-gcm' } }, passphrase);
      }),

    renameProfile: (displayName) =>
      inTurn(async () => {
        const { directory, profile } = get();
        if (!directory || !profile) throw new StorageError('closed');
        const { updateProfile } = await storage();
        await updateProfile(directory, profile.id, { displayName: displayName.trim() });
        set({ profile: { ...profile, displayName: displayName.trim() } });
        await refreshProfiles();
      }),

    setPassphrase: (passphrase) =>
      inTurn(async () => {
        const { directory, profile, connection } = get();
        if (!directory || !profile || !connection) throw new StorageError('closed');
        const { encryptProfile, updateProfile } = await storage();
        const encrypted = await encryptProfile(connection, passphrase);
        await updateProfile(directory, profile.id, { vault: { scheme: 'aes-gcm' } });
        dataKey = encrypted.dataKey;
        set({ connection: encrypted.connection, profile: { ...profile, hasPassphrase: true } });
        await refreshProfiles();
      }),

    changePassphrase: (current, next) =>
      inTurn(async () => {
        const { directory, profile, connection } = get();
        if (!directory || !profile || !connection || !dataKey) throw new StorageError('closed');
        const { accessProfile, changePassphrase } = await storage();
        const check = await accessProfile(directory, await findRecord(profile.id), current); // verifies, with the retry delays
        check.connection.database.db.close();
        await changePassphrase(connection.database, dataKey, next);
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
        const { setDeviceSettings } = await storage();
        await setDeviceSettings(directory, settings);
        set({ device: settings });
      }),

    removeMyData: (passphrase) =>
      inTurn(async () => {
        const { directory, profile, connection } = get();
        if (!directory || !profile || !connection) throw new StorageError('closed');
        const { accessProfile, removeProfileData } = await storage();
        if (profile.hasPassphrase) {
          const check = await accessProfile(directory, await findRecord(profile.id), passphrase);
          check.connection.database.db.close();
        }
        await connection.database.settle();
        await removeProfileData(directory, connection);
        dataKey = null;
        if (pinUnlock?.profileId === profile.id) pinUnlock = null;
        set({ connection: null, profile: null, unlockedAt: null, pinProfileId: null });
        await refreshProfiles(); // before the picker shows, so the removed profile never appears in it
        set({ status: 'choose' });
      }),

    startGuest: async () => {
      const started = generation;
      const { openGuestSession } = await storage();
      await get().lock({ everywhere: false, toPicker: true });
      const connection = await openGuestSession({ onClosedByOtherTab: onClosedByOtherTab(started) });
      if (started !== generation) {
        connection.database.db.close();
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

    setPin: async (pin) => {
      const { profile } = get();
      if (!profile || !dataKey) throw new StorageError('unknown', { message: 'Unlock the profile with its passphrase first.' });
      const { newKdfParams, wrapWithSecret } = await storage();
      const kdf = newKdfParams();
      pinUnlock = { profileId: profile.id, kdf, wrapped: await wrapWithSecret(pin, kdf, dataKey), failures: 0 };
      set({ pinProfileId: profile.id });
    },

    unlockWithPin: async (pin) => {
      const { profile } = get();
      if (!profile || !pinUnlock || pinUnlock.profileId !== profile.id) {
        throw new StorageError('unknown', { message: 'There is no PIN for this profile now: use the passphrase.' });
      }
      const { unwrapWithSecret } = await storage();
      let key: CryptoKey;
      try {
        key = await unwrapWithSecret(pin, pinUnlock.kdf, pinUnlock.wrapped, true);
      } catch (error) {
        pinUnlock.failures += 1;
        if (pinUnlock.failures >= PIN_MAX_FAILURES) {
          pinUnlock = null;
          set({ pinProfileId: null });
        }
        throw error;
      }
      pinUnlock.failures = 0;
      const record = await findRecord(profile.id);
      await open(record, (api, _directory, options) => api.accessProfileWithKey(record, key, options));
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
  connection?.database.db.close();
  directory?.db.close();
  dataKey = null;
  pinUnlock = null;
  stopListening?.();
  stopListening = undefined;
  changes = Promise.resolve();
  useSession.setState(initialState);
}
