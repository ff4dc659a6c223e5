/**
 * Failed unlock attempts per profile, kept in the directory (plaintext: a
 * count and a time, nothing personal) so that the delay between wrong
 * passphrases survives a reload.
 */
import type { Table } from 'dexie';
import type { FailureRecord } from '../../domain/crypto/retry-delay.ts';
import type { DirectoryDatabase } from '../directory.ts';
import { guard } from '../errors.ts';

interface AttemptRow extends FailureRecord {
  profileId: string;
}

function table(directory: DirectoryDatabase): Table<AttemptRow, string> {
  return directory.db.table('unlockAttempts');
}

export async function getFailures(directory: DirectoryDatabase, profileId: string): Promise<FailureRecord | undefined> {
  const row = await guard(() => table(directory).get(profileId));
  return row ? { failures: row.failures, lastFailureAt: row.lastFailureAt } : undefined;
}

export async function putFailures(directory: DirectoryDatabase, profileId: string, record: FailureRecord): Promise<void> {
  await guard(() => directory.track(table(directory).put({ profileId, ...record })));
}

export async function clearFailures(directory: DirectoryDatabase, profileId: string): Promise<void> {
  await guard(() => directory.track(table(directory).delete(profileId)));
}
