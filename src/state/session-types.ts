/** The shape of the session store (state/session-store.ts): who is open, and the actions features call. */
import type { DirectoryDatabase } from '../storage/directory.ts';
import type { ProfileConnection } from '../storage/profile-connection.ts';
import type { DeviceSettings } from '../domain/device-settings.ts';

export type SessionStatus = 'idle' | 'opening' | 'choose' | 'locked' | 'ready' | 'failed';

export interface ProfileSummary {
  id: string;
  displayName: string;
  hasPassphrase: boolean;
  /** A guest session: nothing is kept; it ends (and is deleted) on lock. */
  guest?: boolean;
  /** A coach space (it also keeps the coach's own reflections); absent for a personal profile. */
  kind?: 'coach';
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
  /** Said on the unlock form or the picker after a lock: a change made just before it could not be saved. */
  lockNotice: string | null;
  /** A questionnaire draft is on screen (the update prompt waits while it is). */
  draftOpen: boolean;
  setDraftOpen: (open: boolean) => void;
  start: () => Promise<void>;
  /** Shows the profile picker (or opens a profile without a passphrase directly). */
  chooseProfile: (profileId: string) => Promise<void>;
  /** @throws WrongSecretError, UnlockWaitError, StorageError */
  unlock: (passphrase: string) => Promise<void>;
  /**
   * Hides the profile at once (in the same tick) and drops its key within
   * about a second, whatever storage is doing; `everywhere` tells other tabs
   * too. The promise settles once pending writes have and the database is closed.
   */
  lock: (options?: { everywhere?: boolean; toPicker?: boolean }) => Promise<void>;
  /** `kind: 'coach'` makes the new profile a coach space. */
  createProfile: (displayName: string, passphrase: string | null, options?: { kind?: 'coach' }) => Promise<void>;
  /** Makes the open profile a coach space, or personal again (storage refuses that while it holds coachees). */
  setProfileKind: (kind: 'personal' | 'coach') => Promise<void>;
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
  /** @throws WrongSecretError when the passphrase is wrong */
  setPin: (passphrase: string, pin: string) => Promise<void>;
  /** "Use without saving": a session whose records are deleted when it ends. */
  startGuest: () => Promise<void>;
  /** @throws WrongSecretError; after 5 wrong PINs the PIN is dropped and the passphrase is needed */
  unlockWithPin: (pin: string) => Promise<void>;
}
