/**
 * When a profile was last backed up: the profile meta row
 * { key: 'lastBackup', at } (an ISO instant). It is not personal, is not
 * sealed and is not put in backups; Settings and Today's reminder read it.
 */
import { guard } from '../errors.ts';
import type { ProfileConnection } from '../profile-connection.ts';

export const LAST_BACKUP_KEY = 'lastBackup';

interface LastBackupRow {
  key: typeof LAST_BACKUP_KEY;
  at: string;
}

function meta(connection: ProfileConnection) {
  return connection.database.db.table<LastBackupRow, string>('meta');
}

/** When the profile was last backed up (ISO), or null when it never was. */
export async function readLastBackup(connection: ProfileConnection): Promise<string | null> {
  const row = await guard(() => meta(connection).get(LAST_BACKUP_KEY));
  return typeof row?.at === 'string' ? row.at : null;
}

/** Records a backup made at `at`. A profile opened read-only (saved by a newer app) records nothing. */
export async function recordLastBackup(connection: ProfileConnection, at: Date): Promise<void> {
  if (connection.database.readOnly) return;
  await guard(() => connection.database.track(meta(connection).put({ key: LAST_BACKUP_KEY, at: at.toISOString() })));
}
