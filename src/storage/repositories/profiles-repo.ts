/**
 * Profiles in the directory database. A profile holds a display name and how
 * its vault is set up; never any of the person's reflections.
 */
import type { Table } from 'dexie';
import type { DeviceSettings } from '../../domain/device-settings.ts';
import { DEFAULT_DEVICE_SETTINGS } from '../../domain/device-settings.ts';
import { newId } from '../../domain/ids.ts';
import type { DirectoryDatabase } from '../directory.ts';
import { guard } from '../errors.ts';

export interface ProfileRecord {
  id: string;
  displayName: string;
  createdAt: string;
  /** Whether the profile is locked by a passphrase. The key itself lives in the profile's own database. */
  vault: { scheme: 'plain' | 'aes-gcm' };
  /**
   * Set while a backup is being restored into this new profile, cleared in
   * the step that completes it. A profile still marked (the tab closed or the
   * page was killed mid-restore) is never listed, and is removed whole at the
   * next start (removeOrphanProfileDatabases).
   */
  restoring?: true;
  /** A coach space ('coach') or a personal profile (absent). A coach space also keeps the coach's own reflections. */
  kind?: 'coach';
}

interface MetaRow {
  key: string;
  value: unknown;
}

const ACTIVE_PROFILE_KEY = 'activeProfileId';
const DEVICE_KEY = 'device';
export const DEFAULT_PROFILE_NAME = 'My reflections';

function profiles(directory: DirectoryDatabase): Table<ProfileRecord, string> {
  return directory.db.table('profiles');
}

function meta(directory: DirectoryDatabase): Table<MetaRow, string> {
  return directory.db.table('meta');
}

/** The profiles a person can pick: every entry but one still being restored. */
export async function listProfiles(directory: DirectoryDatabase): Promise<ProfileRecord[]> {
  return (await listProfileEntries(directory)).filter((profile) => !profile.restoring);
}

/** Every entry, including profiles still being restored (for the start-up sweep). */
export function listProfileEntries(directory: DirectoryDatabase): Promise<ProfileRecord[]> {
  return guard(() => profiles(directory).orderBy('createdAt').toArray());
}

/** Adds a profile to the directory: personal unless `kind` is 'coach' (a coach space); `restoring` marks one a restore is filling. */
export async function createProfile(
  directory: DirectoryDatabase,
  displayName: string,
  now = new Date(),
  options: { restoring?: boolean; kind?: 'coach' } = {},
): Promise<ProfileRecord> {
  const profile: ProfileRecord = {
    id: newId(),
    displayName,
    createdAt: now.toISOString(),
    vault: { scheme: 'plain' },
    ...(options.restoring ? { restoring: true as const } : {}),
    ...(options.kind === 'coach' ? { kind: 'coach' as const } : {}),
  };
  await guard(() => directory.track(profiles(directory).add(profile)));
  return profile;
}

/** Clears a profile's `restoring` mark: its restore is complete and it may be listed. */
export async function finishRestoring(directory: DirectoryDatabase, profileId: string): Promise<void> {
  await guard(() =>
    directory.track(
      profiles(directory)
        .where('id')
        .equals(profileId)
        .modify((profile) => {
          delete profile.restoring;
        }),
    ),
  );
}

/**
 * The profile to open at start-up: the last one used, else the first, else a
 * new personal profile created on first run (unless the directory is read-only).
 * The first-run check and the creation share one read-write transaction, so
 * two tabs opened at once on a new device agree on one profile: IndexedDB
 * runs overlapping read-write transactions one after the other.
 */
export async function resolveStartupProfile(directory: DirectoryDatabase): Promise<ProfileRecord | undefined> {
  const found = await findStartupProfile(directory);
  if (found || directory.readOnly) return found;
  return guard(() =>
    directory.track(
      directory.db.transaction('rw', ['profiles', 'meta'], async () => {
        const other = await findStartupProfile(directory); // made by another tab since the first look
        if (other) return other;
        const created = await createProfile(directory, DEFAULT_PROFILE_NAME);
        await meta(directory).put({ key: ACTIVE_PROFILE_KEY, value: created.id });
        return created;
      }),
    ),
  );
}

async function findStartupProfile(directory: DirectoryDatabase): Promise<ProfileRecord | undefined> {
  const all = await listProfiles(directory);
  const activeId = (await guard(() => meta(directory).get(ACTIVE_PROFILE_KEY)))?.value;
  return all.find((p) => p.id === activeId) ?? all[0];
}

export async function setActiveProfile(directory: DirectoryDatabase, profileId: string): Promise<void> {
  await guard(() => directory.track(meta(directory).put({ key: ACTIVE_PROFILE_KEY, value: profileId })));
}

export async function updateProfile(directory: DirectoryDatabase, profileId: string, changes: Partial<Omit<ProfileRecord, 'id'>>): Promise<void> {
  await guard(() => directory.track(profiles(directory).update(profileId, changes)));
}

/** Removes a profile from the directory (its database is deleted separately). */
export async function deleteProfileRecord(directory: DirectoryDatabase, profileId: string): Promise<void> {
  await guard(() =>
    directory.track(
      directory.db.transaction('rw', ['profiles', 'unlockAttempts', 'meta'], async () => {
        await profiles(directory).delete(profileId);
        await directory.db.table('unlockAttempts').delete(profileId);
        const active = await meta(directory).get(ACTIVE_PROFILE_KEY);
        if (active?.value === profileId) await meta(directory).delete(ACTIVE_PROFILE_KEY);
      }),
    ),
  );
}

export async function getDeviceSettings(directory: DirectoryDatabase): Promise<DeviceSettings> {
  const row = await guard(() => meta(directory).get(DEVICE_KEY));
  return { ...DEFAULT_DEVICE_SETTINGS, ...(row?.value as Partial<DeviceSettings> | undefined) };
}

export async function setDeviceSettings(directory: DirectoryDatabase, settings: DeviceSettings): Promise<void> {
  await guard(() => directory.track(meta(directory).put({ key: DEVICE_KEY, value: settings })));
}
