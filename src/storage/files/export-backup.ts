/** STUB (contract): replaced by the storage helper. */
import type { ProfileConnection } from '../profile-connection.ts';
import type { MadeBackup, OnProgress } from './backup-types.ts';

/**
 * Reads every record of the open profile (counting those that do not open),
 * makes the file (in the file worker: canonical JSON, checksum, optional
 * encryption) and records when the backup was made.
 */
export async function makeBackupFile(
  _connection: ProfileConnection,
  _displayName: string,
  _options: { passphrase?: string; onProgress?: OnProgress; now?: Date },
): Promise<MadeBackup> {
  throw new Error('not built yet');
}
