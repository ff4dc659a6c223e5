/** STUB (contract): replaced by the storage helper. When a profile was last backed up (profile meta row 'lastBackup'). */
import type { ProfileConnection } from '../profile-connection.ts';

export async function readLastBackup(_connection: ProfileConnection): Promise<string | null> {
  throw new Error('not built yet');
}
