/**
 * What a leader's profile remembers for sharing, in its sealed Preferences
 * (so a backup carries it): the last scope chosen and the stable link id.
 *
 * Both are read-change-write updates of the one preferences record, so this
 * module makes them one at a time: in call order within the tab, and under a
 * Web Lock (`attune-preferences-<profileId>`) across tabs where Web Locks
 * exist. Two shares started at once therefore make one link id, never two.
 */
import type { ShareScope } from '../../domain/coaching/coaching-types.ts';
import { DEFAULT_SHARE_SCOPE } from '../../domain/coaching/coaching-types.ts';
import { newId } from '../../domain/ids.ts';
import type { Preferences } from '../../domain/preferences.ts';
import type { VersionedDatabase } from '../open-versioned.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { getPreferences, savePreferences } from '../repositories/weekly-repo.ts';

/** Per database: the last preferences update this module started (each waits for the one before). */
const lastUpdate = new WeakMap<VersionedDatabase, Promise<unknown>>();

async function withPreferencesLock<T>(profileId: string, run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? await locks.request(`attune-preferences-${profileId}`, run) : run();
}

/**
 * Reads the preferences, lets `change` decide, and saves what it returns
 * (nothing when it returns null), one update at a time.
 */
function updatePreferences<T>(connection: ProfileConnection, change: (current: Preferences) => { next: Preferences | null; result: T }): Promise<T> {
  const previous = lastUpdate.get(connection.database) ?? Promise.resolve();
  const update = previous
    .catch(() => undefined)
    .then(() =>
      withPreferencesLock(connection.profileId, async () => {
        const { next, result } = change(await getPreferences(connection));
        if (next) await savePreferences(connection, next);
        return result;
      }),
    );
  lastUpdate.set(connection.database, update);
  return update;
}

/** The scope last used, or DEFAULT_SHARE_SCOPE. */
export async function readShareScope(connection: ProfileConnection): Promise<ShareScope> {
  const { shareScope } = await getPreferences(connection);
  return shareScope ? { ...DEFAULT_SHARE_SCOPE, ...shareScope } : DEFAULT_SHARE_SCOPE;
}

/** Remembers `scope` as the last one used. A profile opened read-only (saved by a newer app) remembers nothing. */
export async function saveShareScope(connection: ProfileConnection, scope: ShareScope): Promise<void> {
  if (connection.database.readOnly) return;
  await updatePreferences(connection, (current) => ({ next: { ...current, shareScope: { ...scope } }, result: undefined }));
}

/** The link id if this profile has one already (it has shared before), else null. Makes nothing. */
export async function readCoachLinkId(connection: ProfileConnection): Promise<string | null> {
  return (await getPreferences(connection)).coachLinkId ?? null;
}

/**
 * The profile's stable random link id, made and saved the first time it is
 * asked for.
 * @throws StorageError('read-only') when the profile has none yet and is open read-only.
 */
export async function coachLinkId(connection: ProfileConnection): Promise<string> {
  const saved = await readCoachLinkId(connection);
  if (saved) return saved;
  return updatePreferences(connection, (current) => {
    if (current.coachLinkId) return { next: null, result: current.coachLinkId };
    const linkId = newId();
    return { next: { ...current, coachLinkId: linkId }, result: linkId };
  });
}
