/**
 * Session state (zustand): which profile is open, whether its storage is
 * usable, and UI flags that cross features (a draft is open, so the update
 * prompt waits). Records themselves are never copied in here: features read
 * them from Dexie with useLiveQuery. The storage code is imported on demand
 * in start(), so the first screen paints without waiting for Dexie.
 */
import { create } from 'zustand';
import type { DirectoryDatabase } from '../storage/directory.ts';
import { toStorageError } from '../storage/errors.ts';
import type { ProfileConnection } from '../storage/profile-connection.ts';

export type SessionStatus = 'idle' | 'opening' | 'ready' | 'failed';

export interface SessionState {
  status: SessionStatus;
  directory: DirectoryDatabase | null;
  connection: ProfileConnection | null;
  profileName: string | null;
  /** An older app met a newer database: reading works, writing is refused. */
  readOnly: boolean;
  /** Another tab upgraded or deleted the database; this tab must reload. */
  closedByOtherTab: boolean;
  error: string | null;
  /** A questionnaire draft is on screen (the update prompt waits while it is). */
  draftOpen: boolean;
  setDraftOpen: (open: boolean) => void;
  start: () => Promise<void>;
}

const initialState = {
  status: 'idle' as SessionStatus,
  directory: null,
  connection: null,
  profileName: null,
  readOnly: false,
  closedByOtherTab: false,
  error: null,
  draftOpen: false,
};

/** Bumped by resetSession(), so a start() still in flight from before cannot revive an old session. */
let generation = 0;

export const useSession = create<SessionState>()((set, get) => ({
  ...initialState,
  setDraftOpen: (open) => set({ draftOpen: open }),
  start: async () => {
    if (get().status !== 'idle') return;
    const started = generation;
    set({ status: 'opening' });
    const onClosedByOtherTab = () => {
      if (started === generation) set({ closedByOtherTab: true });
    };
    try {
      // Loaded on demand: Dexie is not needed to paint the first screen.
      const { openSession } = await import('../storage/open-session.ts');
      const { directory, profile, connection } = await openSession({ onClosedByOtherTab });
      if (started !== generation) {
        connection.database.db.close();
        directory.db.close();
        return;
      }
      set({
        status: 'ready',
        directory,
        connection,
        profileName: profile.displayName,
        readOnly: directory.readOnly || connection.database.readOnly,
      });
    } catch (error) {
      if (started === generation) set({ status: 'failed', error: toStorageError(error).message });
    }
  },
}));

/** The open profile. Only call below the app's storage gate, where it is always set. */
export function useConnection(): ProfileConnection {
  const connection = useSession((s) => s.connection);
  if (!connection) throw new Error('useConnection() was called before a profile was opened');
  return connection;
}

/** Closes everything and returns to the initial state (tests, and later: switching profile). */
export function resetSession(): void {
  generation += 1;
  const { connection, directory } = useSession.getState();
  connection?.database.db.close();
  directory?.db.close();
  useSession.setState(initialState);
}
