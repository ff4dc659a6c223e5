/** Small helpers for the practice log: a new entry, and minutes in words. */
import type { ElementId } from '../../domain/elements/element-ids.ts';
import { newId } from '../../domain/ids.ts';
import type { PracticeLogEntry } from '../../domain/practice/practice-log.ts';

export interface LogFields {
  date: string;
  practiceId: string | null;
  practiceTitle: string;
  minutes: number;
  note: string;
  elementId: ElementId | null;
}

export function newLogEntry(fields: LogFields, now = new Date()): PracticeLogEntry {
  return { id: newId(), loggedAt: now.toISOString(), ...fields, note: fields.note.trim() };
}

export function minutesText(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
