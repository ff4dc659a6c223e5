/**
 * One practice session in the log: when, how long, which practice, an
 * optional note, and which element it helped.
 *
 * How long: since decision 0016 a record keeps the `seconds` practised.
 * Records written before then have only whole `minutes` (rounded up to at
 * least 1), and are read as that many minutes. A new record still writes
 * `minutes` (its seconds to the nearest minute, possibly 0) so that an older
 * copy of the app, which reads only `minutes`, shows something close.
 * Read a record's length only through `practisedSeconds`.
 */
import type { ElementId } from '../elements/element-ids.ts';

export interface PracticeLogEntry {
  id: string;
  /** The writer's calendar day, 'YYYY-MM-DD'. */
  date: string;
  loggedAt: string;
  practiceId: string | null;
  practiceTitle: string;
  /** Whole minutes: the only measure in records older than `seconds`; otherwise `seconds` rounded, for older copies of the app. */
  minutes: number;
  /** Seconds practised; absent from records written before decision 0016. */
  seconds?: number;
  note: string;
  elementId: ElementId | null;
}

type Duration = Pick<PracticeLogEntry, 'minutes' | 'seconds'>;

/** The longest a logged practice may be: 120 minutes. */
export const MAX_PRACTICE_SECONDS = 120 * 60;

/** Whole seconds of running time, rounded down, so a practice is never logged as longer than it ran. */
export function secondsFrom(elapsedMs: number): number {
  if (!Number.isFinite(elapsedMs)) throw new RangeError(`Expected a time in ms; got ${elapsedMs}.`);
  return Math.max(0, Math.floor(elapsedMs / 1000));
}

/** The fields that record a length of `seconds` (see the module comment). */
export function duration(seconds: number): Required<Duration> {
  if (!Number.isInteger(seconds) || seconds < 0) throw new RangeError(`Expected whole seconds ≥ 0; got ${seconds}.`);
  return { seconds, minutes: Math.round(seconds / 60) };
}

/** How long a logged practice was, in seconds: `seconds` where recorded, else `minutes` × 60. */
export function practisedSeconds(entry: Duration): number {
  return entry.seconds ?? entry.minutes * 60;
}

/** Seconds practised across entries, old and new alike. */
export function totalSeconds(entries: readonly Duration[]): number {
  return entries.reduce((sum, entry) => sum + practisedSeconds(entry), 0);
}
