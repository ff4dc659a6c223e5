/**
 * Opens the storage for a session: the directory, then the start-up profile
 * (creating a personal profile on first run). Loaded on demand by the session
 * store, so Dexie is not part of the first screen's bundle.
 */
import type { DirectoryDatabase } from './directory.ts';
import { openDirectory } from './directory.ts';
import { StorageError } from './errors.ts';
import type { OpenOptions } from './open-versioned.ts';
import type { ProfileConnection } from './profile-connection.ts';
import { openProfile } from './profile-connection.ts';
import type { ProfileRecord } from './repositories/profiles-repo.ts';
import { resolveStartupProfile } from './repositories/profiles-repo.ts';

export interface OpenedSession {
  directory: DirectoryDatabase;
  profile: ProfileRecord;
  connection: ProfileConnection;
}

export async function openSession(options: OpenOptions): Promise<OpenedSession> {
  const directory = await openDirectory(options);
  const profile = await resolveStartupProfile(directory);
  if (!profile) throw new StorageError('read-only');
  const connection = await openProfile(profile, options);
  return { directory, profile, connection };
}
