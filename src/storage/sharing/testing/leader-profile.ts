/**
 * Profiles for the sharing tests: a plain one or one locked with a
 * passphrase, opened, and closed again after each test (closeAll) so the
 * databases can be deleted.
 */
import { openDirectory } from '../../directory.ts';
import type { DirectoryDatabase } from '../../directory.ts';
import { createProfileWith } from '../../lifecycle/profile-lifecycle.ts';
import { accessProfile } from '../../profile-access.ts';
import type { ProfileConnection } from '../../profile-connection.ts';
import { openProfile } from '../../profile-connection.ts';
import type { ProfileRecord } from '../../repositories/profiles-repo.ts';
import { createProfile } from '../../repositories/profiles-repo.ts';

const opened: Array<{ close: () => void }> = [];

export async function testDirectory(): Promise<DirectoryDatabase> {
  const directory = await openDirectory();
  opened.push({ close: () => directory.db.close() });
  return directory;
}

/** Opens a profile record (plain, or locked with `passphrase`), closed by closeAll. */
export async function connect(directory: DirectoryDatabase, record: ProfileRecord, passphrase?: string): Promise<ProfileConnection> {
  const connection = passphrase ? (await accessProfile(directory, record, passphrase)).connection : await openProfile(record);
  opened.push({ close: () => connection.database.db.close() });
  return connection;
}

/** A new profile named `name`, open (locked with `passphrase` when given). */
export async function leaderProfile(directory: DirectoryDatabase, name = 'Sam', passphrase?: string): Promise<{ record: ProfileRecord; connection: ProfileConnection }> {
  const record = passphrase
    ? await createProfileWith(directory, () => createProfile(directory, name), passphrase)
    : await createProfile(directory, name);
  return { record, connection: await connect(directory, record, passphrase) };
}

/** Closes every database these helpers opened (call in afterEach). */
export function closeAll(): void {
  for (const database of opened.splice(0)) database.close();
}
