/**
 * A journal entry: free text (shown only ever as plain text), an optional
 * prompt it answers, element tags and free tags, mood and energy, and links
 * to a result or an intention. `localDate` is the writer's calendar day when
 * the entry was begun, kept so date filters mean what the writer meant even
 * after travel across time zones.
 */
import type { ElementId } from '../elements/element-ids.ts';

export interface JournalEntry {
  id: string;
  createdAt: string;
  updatedAt: string;
  localDate: string;
  promptId: string | null;
  /** The prompt's words as they were shown, so the entry reads the same if the prompt is later reworded. */
  promptText: string | null;
  text: string;
  elements: ElementId[];
  tags: string[];
  /** 1 (low) to 5 (high), or null when not given. */
  mood: number | null;
  energy: number | null;
  responseId: string | null;
  intentionId: string | null;
  /** Marked "share with my coach" by the writer: included in a share whose journal scope is 'tagged'. Absent means no. */
  shareWithCoach?: true;
}

/** The most text one entry may hold (about 30 pages). */
export const MAX_ENTRY_LENGTH = 100_000;
export const MAX_TAGS = 20;

/** Turns typed tags ("handover, Night shift , handover") into a clean list: trimmed, lower-case, unique, no '#'. */
export function parseTags(input: string): string[] {
  const tags = input
    .split(/[,\n]/)
    .map((tag) => tag.trim().replace(/^#+/, '').replace(/\s+/g, ' ').toLowerCase())
    .filter((tag) => tag !== '' && tag.length <= 40);
  return [...new Set(tags)].slice(0, MAX_TAGS);
}

export function newEntry(id: string, now: Date, localDate: string, prompt?: { id: string; text: string }): JournalEntry {
  const iso = now.toISOString();
  return {
    id,
    createdAt: iso,
    updatedAt: iso,
    localDate,
    promptId: prompt?.id ?? null,
    promptText: prompt?.text ?? null,
    text: '',
    elements: [],
    tags: [],
    mood: null,
    energy: null,
    responseId: null,
    intentionId: null,
  };
}

/** Whether an entry holds anything worth keeping (an untouched new entry is not saved). */
export function hasContent(entry: JournalEntry): boolean {
  return entry.text.trim() !== '' || entry.tags.length > 0 || entry.elements.length > 0 || entry.mood !== null || entry.energy !== null;
}

/** A one-line preview of the entry's text for lists. */
export function preview(text: string, length = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}
