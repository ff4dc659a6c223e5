/**
 * Unlock attempts per profile, kept in the directory (plaintext: a count and
 * times, nothing personal), so the wait between wrong passphrases survives a
 * reload and holds across tabs. An attempt is counted, in one transaction
 * that first checks the wait, before its key is derived; a correct unlock
 * clears the record. The time a wait has served is measured per tab on a
 * steady clock (wait-clock.ts) and written back here while a wait runs.
 */
import type { Table } from 'dexie';
import type { FailureRecord } from '../../domain/crypto/retry-delay.ts';
import { recordFailure, remainingWait } from '../../domain/crypto/retry-delay.ts';
import type { DirectoryDatabase } from '../directory.ts';
import { guard, StorageError } from '../errors.ts';
import type { WaitClock } from '../wait-clock.ts';
import { forgetAttempt, servedSoFar, tabState } from '../wait-clock.ts';

interface AttemptRow extends FailureRecord {
  profileId: string;
}

function table(directory: DirectoryDatabase): Table<AttemptRow, string> {
  return directory.db.table('unlockAttempts');
}

function toRecord(row: AttemptRow | undefined): FailureRecord | undefined {
  return row ? { failures: row.failures, lastFailureAt: row.lastFailureAt, served: row.served } : undefined;
}

/** The record as stored (the served time as last written by any tab). */
export async function getFailures(directory: DirectoryDatabase, profileId: string): Promise<FailureRecord | undefined> {
  return toRecord(await guard(() => table(directory).get(profileId)));
}

/**
 * Milliseconds before another attempt on `profileId` is allowed (0: now),
 * with the time this tab has seen pass since it last read the record.
 */
export async function readWait(directory: DirectoryDatabase, profileId: string, clock?: WaitClock): Promise<number> {
  const state = tabState(directory, clock);
  const record = await getFailures(directory, profileId);
  return record ? remainingWait({ ...record, served: servedSoFar(state, profileId, record) }, state.clock.now()) : 0;
}

/**
 * Counts one attempt on `profileId`, unless a wait is running, in one
 * transaction: attempts from several tabs at once are each counted, and
 * each sees the ones before it. Returns the wait left (ms) when one is
 * running, and then counts nothing; 0 once the attempt is counted.
 * @throws StorageError 'read-only' when this app may not write the directory (an attempt it cannot count is not allowed)
 */
export async function countAttempt(directory: DirectoryDatabase, profileId: string, clock?: WaitClock): Promise<number> {
  if (directory.readOnly) {
    throw new StorageError('read-only', { message: 'Attune has been updated in another tab. To unlock, close every Attune tab and open Attune again.' });
  }
  const state = tabState(directory, clock);
  return guard(() =>
    directory.track(
      directory.db.transaction('rw', 'unlockAttempts', async () => {
        const stored = toRecord(await table(directory).get(profileId));
        const now = state.clock.now();
        const wait = stored ? remainingWait({ ...stored, served: servedSoFar(state, profileId, stored) }, now) : 0;
        if (wait > 0) return wait;
        const counted = recordFailure(stored, now);
        await table(directory).put({ profileId, ...counted });
        servedSoFar(state, profileId, counted); // this tab counts the new wait from now
        return 0;
      }),
    ),
  );
}

/** After a correct unlock: the count starts again from nothing. */
export async function clearAttempts(directory: DirectoryDatabase, profileId: string): Promise<void> {
  forgetAttempt(tabState(directory), profileId);
  await guard(() => directory.track(table(directory).delete(profileId)));
}

/**
 * Writes the time this tab has seen pass into every record whose wait is
 * still running, where it knows more than is stored. Returns whether any
 * wait is still running.
 */
export async function recordServedTime(directory: DirectoryDatabase): Promise<boolean> {
  if (directory.readOnly) return false;
  const state = tabState(directory);
  return guard(() =>
    directory.track(
      directory.db.transaction('rw', 'unlockAttempts', async () => {
        let running = false;
        const now = state.clock.now();
        for (const row of await table(directory).toArray()) {
          const stored = toRecord(row)!;
          const served = servedSoFar(state, row.profileId, stored);
          if (remainingWait(stored, now) === 0) continue;
          if (served !== stored.served) await table(directory).put({ ...row, served });
          running ||= remainingWait({ ...stored, served }, now) > 0;
        }
        return running;
      }),
    ),
  );
}
