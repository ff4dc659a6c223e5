/**
 * The leader's local date of each kind of shared record, the one a share's
 * date range is judged by and the coach's "what it covers" line shows:
 * results by when they were completed and intentions by when they were set
 * (both instants, turned into the leader's calendar date in the leader's
 * time zone), journal entries by their own local date, practice by its
 * date, weekly reflections by the Monday of their week. And that date in
 * short words ("3 Jan 2025") for the lines a person reads.
 */
import { toLocalDate } from '../progress/local-dates.ts';
import type { BackupRecords } from '../files/file-types.ts';
import type { SharedKind } from './coaching-types.ts';

type RecordOf<K extends SharedKind> = BackupRecords[K][number];

const DATE_OF: { [K in SharedKind]: (record: RecordOf<K>, timeZone: string) => string } = {
  responses: (record, timeZone) => toLocalDate(record.completedAt, timeZone),
  journal: (record) => record.localDate,
  intentions: (record, timeZone) => toLocalDate(record.createdAt, timeZone),
  practiceLog: (record) => record.date,
  weeklyReflections: (record) => record.weekOf,
};

/** The leader's local date (YYYY-MM-DD) of one record of `kind`. */
export function sharedDateOf<K extends SharedKind>(kind: K, record: RecordOf<K>, timeZone: string): string {
  return (DATE_OF[kind] as (record: RecordOf<K>, timeZone: string) => string)(record, timeZone);
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "3 Jan 2025" for 2025-01-03 (the date as written, no time zone involved). */
export function shortDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${SHORT_MONTHS[month - 1]} ${year}`;
}
