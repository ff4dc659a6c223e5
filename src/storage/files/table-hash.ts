/** STUB (contract): replaced by the storage helper. */
import type { ProfileConnection } from '../profile-connection.ts';

/** A canonical SHA-256 of every row of every table of the profile's database, as stored (sealed payloads included), by table. */
export async function rawTableHashes(_connection: ProfileConnection): Promise<Record<string, string>> {
  throw new Error('not built yet');
}

/** A canonical SHA-256 of every record as opened (the same records restored elsewhere hash the same). */
export async function recordsHash(_connection: ProfileConnection): Promise<string> {
  throw new Error('not built yet');
}
