/**
 * The passphrase retry schedule (TARGETS.md, safety): after repeated wrong
 * passphrases the next attempt must wait, longer each time. The failure
 * record is plain data so it can be persisted and survive a reload; the clock
 * is passed in, so everything here is deterministic.
 *
 * A wait is measured twice, and both must have passed: on the wall clock
 * (`lastFailureAt`) and as `served`, the time the app has seen pass on a
 * steady clock that a change of the device's date and time does not move.
 * So moving the clock forward does not shorten a wait, and moving it back
 * does not lengthen it beyond the wait itself (decision 0020).
 */

export interface FailureRecord {
  /** Attempts counted since the last correct unlock (each is counted before its key is derived). */
  failures: number;
  /** Epoch ms of the last counted attempt, on the wall clock. */
  lastFailureAt: number;
  /**
   * Milliseconds known to have passed since that attempt, measured on a
   * steady clock while the app was open (never more than really passed).
   * Missing or unusable: nothing is known to have passed.
   */
  served?: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** 5 wrong PINs drop the PIN; the passphrase is then needed. */
export const PIN_MAX_FAILURES = 5;

/** A failure count that is not a whole number ≥ 0 (a damaged record) is treated as this many: the hour-long tier. */
const DAMAGED_COUNT = 9;

function isWholeCount(failures: number): boolean {
  return Number.isInteger(failures) && failures >= 0;
}

/**
 * How long after the Nth consecutive failure the next attempt must wait:
 * 1–4 → 0; 5th → 1 min; 6th → 5 min; 7th and 8th → 15 min; 9th and later → 1 h.
 * A count that is not a whole number ≥ 0 waits the longest, so a damaged
 * record never shortens the wait.
 */
export function delayAfterFailures(failures: number): number {
  const count = isWholeCount(failures) || failures === Infinity ? failures : DAMAGED_COUNT;
  if (count <= 4) return 0;
  if (count === 5) return MINUTE;
  if (count === 6) return 5 * MINUTE;
  if (count <= 8) return 15 * MINUTE;
  return HOUR;
}

function usableServed(served: number | undefined): number {
  return typeof served === 'number' && Number.isFinite(served) && served > 0 ? served : 0;
}

/**
 * Milliseconds left before another attempt is allowed at wall time `now`
 * (0 when none is pending). Both measures must have passed; the result is
 * never more than the wait itself. A wall clock that shows less time passed
 * than the steady clock has seen (it was moved back) is set aside, as is a
 * time that is not a number, so neither can stretch a wait.
 */
export function remainingWait(record: FailureRecord | undefined, now: number): number {
  if (record === undefined) return 0;
  const delay = delayAfterFailures(record.failures);
  if (delay === 0) return 0;
  const served = usableServed(record.served);
  const byServed = delay - served;
  const wallElapsed = now - record.lastFailureAt;
  const byWall = Number.isFinite(wallElapsed) && wallElapsed >= served ? delay - wallElapsed : byServed;
  return Math.min(delay, Math.max(0, byServed, byWall));
}

/** The record after one more attempt counted at `now`: its wait starts afresh. A damaged count carries on from the hour-long tier. */
export function recordFailure(record: FailureRecord | undefined, now: number): FailureRecord {
  const previous = record === undefined ? 0 : isWholeCount(record.failures) ? record.failures : DAMAGED_COUNT;
  return { failures: previous + 1, lastFailureAt: now, served: 0 };
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/**
 * Plain-English wait, e.g. "1 minute", "5 minutes", "15 minutes", "1 hour",
 * "45 seconds". Always rounds up, so it never promises less than the real
 * wait: under a minute in whole seconds, under an hour in whole minutes, and
 * beyond in hours and minutes ("1 hour 30 minutes"). Zero or less is "0 seconds".
 * @throws RangeError when `ms` is not a finite number.
 */
export function describeWait(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`A wait must be a finite number of milliseconds; got ${ms}.`);
  if (ms <= 0) return '0 seconds';
  const seconds = Math.ceil(ms / SECOND);
  if (seconds < 60) return plural(seconds, 'second');
  const minutes = Math.ceil(ms / MINUTE);
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
}
