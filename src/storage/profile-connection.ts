/**
 * An open profile: its own database (`attune-profile-<id>`) and the vault
 * that seals its records. Repositories take a ProfileConnection, so the
 * profile a read or write belongs to is always explicit.
 */
import { guard } from './errors.ts';
import type { OpenOptions, VersionedDatabase } from './open-versioned.ts';
import { openVersioned } from './open-versioned.ts';
import { profileMigrations } from './migrations/profile/index.ts';
import type { Vault } from './vault/vault.ts';
import { PlainVault } from './vault/plain-vault.ts';
import type { ProfileRecord } from './repositories/profiles-repo.ts';

export interface ProfileConnection {
  profileId: string;
  database: VersionedDatabase;
  vault: Vault;
}

/** Database name of a profile. Do not change without a migration that moves the data. */
export function profileDatabaseName(profileId: string): string {
  return `attune-profile-${profileId}`;
}

/** Opens a profile's database, recording which schema version wrote it. Records stay sealed until a vault is attached. */
export async function openProfileDatabase(profileId: string, options: OpenOptions = {}): Promise<VersionedDatabase> {
  const database = await openVersioned(profileDatabaseName(profileId), profileMigrations, options);
  if (!database.readOnly) {
    const meta = database.db.table<{ key: string; version: number; appVersion: string }, string>('meta');
    // Which schema version wrote this database, and which app version first wrote that schema.
    const written = await guard(() => meta.get('schema'));
    if (written?.version !== database.schemaVersion) {
      await guard(() => database.track(meta.put({ key: 'schema', version: database.schemaVersion, appVersion: __APP_VERSION__ })));
    }
  }
  return database;
}

/** Opens an unlocked (plain) profile. Encrypted profiles are opened with storage/profile-access.ts. */
export async function openProfile(profile: ProfileRecord, options: OpenOptions = {}): Promise<ProfileConnection> {
  const database = await openProfileDatabase(profile.id, options);
  return { profileId: profile.id, database, vault: new PlainVault(profile.id) };
}

