/**
 * What the parts of the session store share: the storage module (loaded on
 * demand, then kept, so a lock can start closing in the same tick), the turn
 * queue for profile changes, the generation that resetSession() bumps, and
 * the store's get/set and helper types.
 */
import type { ProfileRecord } from '../storage/repositories/profiles-repo.ts';
import type { ProfileSummary, SessionState } from './session-types.ts';

const storage = () => import('../storage/open-session.ts');
export type StorageApi = Awaited<ReturnType<typeof storage>>;

let api: StorageApi | undefined;

export async function loadStorage(): Promise<StorageApi> {
  api ??= await storage();
  return api;
}

/** The storage module if it has loaded (it has whenever a profile is open). */
export function loadedStorage(): StorageApi | undefined {
  return api;
}

/** Bumped by resetSession(), so work still in flight from before cannot revive an old session. */
let generation = 0;

export function currentGeneration(): number {
  return generation;
}

export function nextGeneration(): void {
  generation += 1;
}

/**
 * Changes to profiles and to the device settings run one after another, so
 * each one's checks see what came before it (a tick of "This is a shared
 * device" made while a passphrase is being set is checked after it).
 */
let changes: Promise<unknown> = Promise.resolve();

export function inTurn<T>(change: () => Promise<T>): Promise<T> {
  const run = changes.then(change, change);
  changes = run.catch(() => undefined);
  return run;
}

export function resetTurns(): void {
  changes = Promise.resolve();
}

export function summarise(profile: ProfileRecord): ProfileSummary {
  return {
    id: profile.id,
    displayName: profile.displayName,
    hasPassphrase: profile.vault.scheme === 'aes-gcm',
    ...(profile.kind === 'coach' ? { kind: 'coach' as const } : {}),
  };
}

export type SessionGet = () => SessionState;
export type SessionSet = (partial: Partial<SessionState>) => void;

/** The store's own helpers, which its slices use. */
export interface SessionHelpers {
  refreshProfiles: () => Promise<ProfileRecord[]>;
  /** @throws StorageError when the profile is no longer on this device */
  findRecord: (profileId: string) => Promise<ProfileRecord>;
  openWithSecret: (record: ProfileRecord, secret: string | null) => Promise<void>;
}
