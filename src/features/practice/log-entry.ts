/** Small helpers for the practice log: a new entry, and a practice's length in words. */
import type { ElementId } from '../../domain/elements/element-ids.ts';
import { newId } from '../../domain/ids.ts';
import type { PracticeLogEntry } from '../../domain/practice/practice-log.ts';
import { duration } from '../../domain/practice/practice-log.ts';

export interface LogFields {
  date: string;
  practiceId: string | null;
  practiceTitle: string;
  /** Whole seconds practised. */
  seconds: number;
  note: string;
  elementId: ElementId | null;
}

export function newLogEntry(fields: LogFields, now = new Date()): PracticeLogEntry {
  const { seconds, ...rest } = fields;
  return { id: newId(), loggedAt: now.toISOString(), ...rest, ...duration(seconds), note: fields.note.trim() };
}

/** A practice's planned length in whole minutes (the time practised is `formatPractisedTime`). */
export function minutesText(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
