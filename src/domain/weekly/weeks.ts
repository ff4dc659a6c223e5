/**
 * Weeks, weekly reflections, the "weeks reflected" count and the streak, as
 * pure functions of local calendar dates ('YYYY-MM-DD').
 *
 * - A week runs Monday to Sunday in the user's own time zone and is named by
 *   its Monday. `localDate` turns an instant into the user's calendar date;
 *   everything after that is calendar arithmetic on the date string (UTC Date
 *   maths, no time zone), so clock changes never move a date.
 * - A completed reflection counts for the week it was done in (one still in
 *   progress counts for nothing). On the first GRACE_DAYS days of a week
 *   (Monday–Wednesday) a reflection may instead be back-dated to the previous
 *   week, when that week has none and this week has none yet; it is then
 *   marked `late: true`.
 * - "Weeks reflected" is the number of distinct weeks with a reflection. It
 *   is a total: it never goes down.
 * - The streak is the run of consecutive reflected weeks ending at this week,
 *   or at last week while this week is not yet reflected (this week is still
 *   open, so it never breaks the run). A run that ends is never reset
 *   silently: see `Streak.lastBrokenWeekOf`.
 * - Weeks after today's week (a wrong device clock) count towards the total
 *   but are ignored by the streak.
 */

/**
 * What these rules need of a weekly reflection; the stored WeeklyReflection
 * (weekly-reflection.ts) fits it. Only completed ones (completedAt not null) count.
 */
export interface ReflectionRecord {
  /** Monday ('YYYY-MM-DD') of the week the reflection counts for. */
  weekOf: string;
  /** ISO instant it was completed; null while still in progress. */
  completedAt: string | null;
  /** True when it was back-dated to the previous week within the grace window. */
  late?: boolean;
}

/** Days after a week ends (Monday–Wednesday of the next week) in which it may still be reflected on, late. */
export const GRACE_DAYS = 3;

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch ms of a 'YYYY-MM-DD' date at 00:00 UTC. @throws RangeError when it is not a real calendar date. */
function toUtcMs(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD; got "${date}".`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`"${date}" is not a calendar date.`);
  }
  return ms;
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whether a string is a real calendar date written as YYYY-MM-DD. */
export function isLocalDate(date: string): boolean {
  try {
    toUtcMs(date);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date ('YYYY-MM-DD') of an instant in a time zone (an IANA name such as 'Europe/London'). */
export function localDate(instant: Date, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Expected a valid instant.');
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The date n days after (or, for negative n, before) a date. */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Expected a whole number of days; got ${n}.`);
  return fromUtcMs(toUtcMs(date) + n * DAY_MS);
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Day of the week of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(toUtcMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday ('YYYY-MM-DD') of the Monday–Sunday week a date falls in. */
export function weekOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The set of weeks (Mondays) with at least one completed reflection. */
function reflectedWeeks(reflections: readonly ReflectionRecord[]): Set<string> {
  return new Set(reflections.flatMap((r) => (r.completedAt === null ? [] : [weekOf(r.weekOf)])));
}

/**
 * The Monday of the previous week when a reflection done today may be
 * back-dated to it: today is within the first GRACE_DAYS days of this week,
 * the previous week has no reflection and this week has none yet. Otherwise null.
 */
export function canBackDate(today: string, reflections: readonly ReflectionRecord[]): string | null {
  const thisWeek = weekOf(today);
  const previousWeek = addDays(thisWeek, -7);
  const weeks = reflectedWeeks(reflections);
  if (daysFrom(thisWeek, today) >= GRACE_DAYS) return null;
  if (weeks.has(thisWeek) || weeks.has(previousWeek)) return null;
  return previousWeek;
}

/**
 * The week a reflection begun today counts for, and whether it is late: this
 * week, or, when `backDate` is true, the previous week, marked late.
 * @throws RangeError when back-dating is not allowed today (see canBackDate).
 */
export function reflectionWeek(
  today: string,
  reflections: readonly ReflectionRecord[],
  backDate = false,
): { weekOf: string; late: boolean } {
  if (!backDate) return { weekOf: weekOf(today), late: false };
  const previousWeek = canBackDate(today, reflections);
  if (previousWeek === null) throw new RangeError(`A reflection done on ${today} cannot count for the previous week.`);
  return { weekOf: previousWeek, late: true };
}

/** Distinct weeks with at least one reflection: a running total that never goes down. */
export function weeksReflected(reflections: readonly ReflectionRecord[]): number {
  return reflectedWeeks(reflections).size;
}

export interface Streak {
  /** Consecutive reflected weeks ending at this week, or at last week while this week is open. */
  current: number;
  /** The longest run of consecutive reflected weeks so far (≥ current). */
  longest: number;
  /**
   * When a run has ended and the current run has not yet matched it: the
   * Monday of the first week missed after the most recent earlier run, so the
   * UI can say plainly when that run ended. Precisely: let P be the most
   * recent run that ended before the current run began (before last week when
   * the current run is 0); this is the Monday after P's last week when P
   * exists and is longer than the current run (always so when current is 0),
   * and null otherwise (no earlier run, or the current run is as long).
   */
  lastBrokenWeekOf: string | null;
  /** The length of that run P, in weeks; 0 when lastBrokenWeekOf is null. */
  previousRun: number;
}

/** The streak as of `today` (see the header for the rules). */
export function streak(reflections: readonly ReflectionRecord[], today: string): Streak {
  const thisWeek = weekOf(today);
  const weeks = [...reflectedWeeks(reflections)].filter((week) => week <= thisWeek).sort();

  // Runs of consecutive weeks, oldest first, each as its last Monday and its length in weeks.
  const runs: Array<{ last: string; length: number }> = [];
  for (const week of weeks) {
    const run = runs[runs.length - 1];
    if (run && addDays(run.last, 7) === week) {
      run.last = week;
      run.length += 1;
    } else {
      runs.push({ last: week, length: 1 });
    }
  }

  const longest = runs.reduce((max, run) => Math.max(max, run.length), 0);
  const lastWeek = addDays(thisWeek, -7);
  const latest = runs[runs.length - 1];
  const latestIsCurrent = latest !== undefined && (latest.last === thisWeek || latest.last === lastWeek);
  const current = latestIsCurrent ? latest.length : 0;
  const previous = latestIsCurrent ? runs[runs.length - 2] : latest;

  if (previous === undefined || previous.length <= current) return { current, longest, lastBrokenWeekOf: null, previousRun: 0 };
  return { current, longest, lastBrokenWeekOf: addDays(previous.last, 7), previousRun: previous.length };
}

export type DueStatus =
  /** No reflection has ever been completed: nothing is due yet, and the due day is a default the person has not used. Invite them to begin. */
  | { kind: 'first' }
  /** This week already has a reflection. */
  | { kind: 'done'; weekOf: string }
  /** Not yet reflected; the due day is today (daysLeft 0) or later this week. */
  | { kind: 'due'; dueDate: string; daysLeft: number }
  /** Past this week's due day without a reflection; one done by `countsUntil` (this week's Sunday) still counts for this week. */
  | { kind: 'overdue'; weekOf: string; countsUntil: string };

/**
 * Where this week's reflection stands, given the weekday it is due on
 * (1 = Monday … 7 = Sunday; with Sunday it is never overdue). Only this week
 * is considered: whether last week can still be reflected on, late, is
 * `canBackDate`'s answer, which the UI may offer alongside. Before the first
 * reflection ever completed it is `first`: a person new to the ritual is
 * invited to begin, not told of a due date they never chose.
 */
export function dueStatus(today: string, reflections: readonly ReflectionRecord[], dueWeekday: number): DueStatus {
  if (!Number.isInteger(dueWeekday) || dueWeekday < 1 || dueWeekday > 7) {
    throw new RangeError(`A due weekday is 1 (Monday) to 7 (Sunday); got ${dueWeekday}.`);
  }
  const thisWeek = weekOf(today);
  const weeks = reflectedWeeks(reflections);
  if (weeks.size === 0) return { kind: 'first' };
  if (weeks.has(thisWeek)) return { kind: 'done', weekOf: thisWeek };
  const dueDate = addDays(thisWeek, dueWeekday - 1);
  const daysLeft = daysFrom(today, dueDate);
  if (daysLeft >= 0) return { kind: 'due', dueDate, daysLeft };
  return { kind: 'overdue', weekOf: thisWeek, countsUntil: addDays(thisWeek, 6) };
}

/** The days of the week by ISO number minus one (0 = Monday … 6 = Sunday), in UK English. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
