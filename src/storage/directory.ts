/**
 * The directory database: the list of profiles on this device and
 * device-wide settings. It holds no reflections, only what is needed to
 * choose and open a profile.
 */
import type { OpenOptions, VersionedDatabase } from './open-versioned.ts';
import { openVersioned } from './open-versioned.ts';
import { directoryMigrations } from './migrations/directory/index.ts';
import { keepWaitTime } from './wait-keeper.ts';

/** Database name. Do not change without a migration that moves the data. */
export const DIRECTORY_DB_NAME = 'attune-directory';

export type DirectoryDatabase = VersionedDatabase;

/** Opens the directory; while a wait after wrong passphrases runs, this tab then counts its time (wait-keeper.ts). */
export async function openDirectory(options: OpenOptions = {}): Promise<DirectoryDatabase> {
  const directory = await openVersioned(DIRECTORY_DB_NAME, directoryMigrations, options);
  keepWaitTime(directory);
  return directory;
}
