/** One practice session in the log: when, how long, which practice, an optional note, and which element it helped. */
import type { ElementId } from '../elements/element-ids.ts';

export interface PracticeLogEntry {
  id: string;
  /** The writer's calendar day, 'YYYY-MM-DD'. */
  date: string;
  loggedAt: string;
  practiceId: string | null;
  practiceTitle: string;
  minutes: number;
  note: string;
  elementId: ElementId | null;
}

/** Minutes practised, rounded to whole minutes with at least 1 for any completed practice. */
export function minutesFrom(elapsedMs: number): number {
  return Math.max(1, Math.round(elapsedMs / 60_000));
}

export function totalMinutes(entries: readonly Pick<PracticeLogEntry, 'minutes'>[]): number {
  return entries.reduce((sum, entry) => sum + entry.minutes, 0);
}
