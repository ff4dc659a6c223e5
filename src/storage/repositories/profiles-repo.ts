/**
 * Profiles in the directory database. A profile holds a display name and how
 * its vault is set up; never any of the person's reflections.
 */
import type { Table } from 'dexie';
import { newId } from '../../domain/ids.ts';
import type { DirectoryDatabase } from '../directory.ts';
import { guard } from '../errors.ts';

export interface ProfileRecord {
  id: string;
  displayName: string;
  createdAt: string;
  vault: { scheme: 'plain' };
}

interface MetaRow {
  key: string;
  value: unknown;
}

const ACTIVE_PROFILE_KEY = 'activeProfileId';
export const DEFAULT_PROFILE_NAME = 'My reflections';

function profiles(directory: DirectoryDatabase): Table<ProfileRecord, string> {
  return directory.db.table('profiles');
}

function meta(directory: DirectoryDatabase): Table<MetaRow, string> {
  return directory.db.table('meta');
}

export function listProfiles(directory: DirectoryDatabase): Promise<ProfileRecord[]> {
  return guard(() => profiles(directory).orderBy('createdAt').toArray());
}

export async function createProfile(directory: DirectoryDatabase, displayName: string, now = new Date()): Promise<ProfileRecord> {
  const profile: ProfileRecord = { id: newId(), displayName, createdAt: now.toISOString(), vault: { scheme: 'plain' } };
  await guard(() => directory.track(profiles(directory).add(profile)));
  return profile;
}

/**
 * The profile to open at start-up: the last one used, else the first, else a
 * new personal profile created on first run (unless the directory is read-only).
 */
export async function resolveStartupProfile(directory: DirectoryDatabase): Promise<ProfileRecord | undefined> {
  const all = await listProfiles(directory);
  const activeId = (await guard(() => meta(directory).get(ACTIVE_PROFILE_KEY)))?.value;
  const active = all.find((p) => p.id === activeId) ?? all[0];
  if (active) return active;
  if (directory.readOnly) return undefined;
  const created = await createProfile(directory, DEFAULT_PROFILE_NAME);
  await guard(() => directory.track(meta(directory).put({ key: ACTIVE_PROFILE_KEY, value: created.id })));
  return created;
}
