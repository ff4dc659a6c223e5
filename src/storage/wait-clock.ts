/**
 * How much of a wait after wrong passphrases this tab has seen pass, on a
 * steady clock (`performance.now()`), which a change of the device's date
 * and time does not move. Each tab remembers, per attempt record, the
 * served time it last read and when (on its steady clock); what it has seen
 * since is added to that. Several tabs each know a lower bound of the real
 * time, so the record keeps the largest of them, never their sum. A new
 * page's steady clock starts again, so a tab learns nothing of time that
 * passed while no tab of the app was open (decision 0020).
 */
import type { FailureRecord } from '../domain/crypto/retry-delay.ts';
import type { DirectoryDatabase } from './directory.ts';

export interface WaitClock {
  /** Wall time, epoch ms (the device's clock, which a person can change). */
  now: () => number;
  /** A steady clock in ms that only moves forward, from any starting point. */
  elapsed: () => number;
}

export const systemClock: WaitClock = { now: () => Date.now(), elapsed: () => performance.now() };

interface Seen {
  /** Which counted attempt this is about. */
  attempt: string;
  served: number;
  /** When it was read, on the tab's steady clock. */
  at: number;
}

interface TabState {
  clock: WaitClock;
  seen: Map<string, Seen>;
}

const tabs = new WeakMap<DirectoryDatabase, TabState>();

/** This tab's state for one directory connection; a different clock (in tests) starts it afresh. */
export function tabState(directory: DirectoryDatabase, clock?: WaitClock): TabState {
  let state = tabs.get(directory);
  const changed = clock !== undefined && state !== undefined && (clock.now !== state.clock.now || clock.elapsed !== state.clock.elapsed);
  if (!state || changed) {
    state = { clock: clock ?? systemClock, seen: new Map() };
    tabs.set(directory, state);
  }
  return state;
}

function attemptKey(record: FailureRecord): string {
  return `${String(record.failures)}@${String(record.lastFailureAt)}`;
}

function storedServed(record: FailureRecord): number {
  return typeof record.served === 'number' && Number.isFinite(record.served) && record.served > 0 ? record.served : 0;
}

/**
 * The time known to have passed since `record`'s attempt: the stored served
 * time, or what this tab has seen pass since it first read this attempt,
 * whichever is more. Reading it notes the attempt, so the tab counts on from here.
 */
export function servedSoFar(state: TabState, profileId: string, record: FailureRecord): number {
  const stored = storedServed(record);
  const at = state.clock.elapsed();
  const attempt = attemptKey(record);
  const seen = state.seen.get(profileId);
  if (!seen || seen.attempt !== attempt) {
    state.seen.set(profileId, { attempt, served: stored, at });
    return stored;
  }
  const counted = seen.served + Math.max(0, at - seen.at);
  if (stored > counted) {
    state.seen.set(profileId, { attempt, served: stored, at });
    return stored;
  }
  return counted;
}

/** Forgets a profile's attempt in this tab (after a correct unlock cleared it). */
export function forgetAttempt(state: TabState, profileId: string): void {
  state.seen.delete(profileId);
}
