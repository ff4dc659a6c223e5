/**
 * Searching and filtering journal entries in memory (they are sealed on
 * disk, so the index lives only while the profile is unlocked). A query
 * matches an entry when every word of it appears somewhere in the entry's
 * text, prompt or tags, ignoring case and accents. Filters narrow by
 * element, tag and a range of calendar days (inclusive).
 */
import type { ElementId } from '../elements/element-ids.ts';
import type { JournalEntry } from './entry.ts';

export interface JournalFilters {
  query: string;
  element: ElementId | null;
  tag: string | null;
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: JournalFilters = { query: '', element: null, tag: null, from: null, to: null };

/** Lower-case, accents removed, runs of white space as one space. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

export interface IndexedEntry {
  entry: JournalEntry;
  haystack: string;
}

export function indexEntry(entry: JournalEntry): IndexedEntry {
  return { entry, haystack: normalise([entry.text, entry.promptText ?? '', entry.tags.join(' ')].join(' ')) };
}

export function queryWords(query: string): string[] {
  return normalise(query).split(' ').filter((word) => word !== '');
}

export function matches(indexed: IndexedEntry, words: readonly string[], filters: JournalFilters): boolean {
  const { entry } = indexed;
  if (filters.element && !entry.elements.includes(filters.element)) return false;
  if (filters.tag && !entry.tags.includes(filters.tag)) return false;
  if (filters.from && entry.localDate < filters.from) return false;
  if (filters.to && entry.localDate > filters.to) return false;
  return words.every((word) => indexed.haystack.includes(word));
}

/** Entries matching the filters, newest first. `index` must already be newest first. */
export function searchEntries(index: readonly IndexedEntry[], filters: JournalFilters): JournalEntry[] {
  const words = queryWords(filters.query);
  const found: JournalEntry[] = [];
  for (const indexed of index) if (matches(indexed, words, filters)) found.push(indexed.entry);
  return found;
}

export function isFiltered(filters: JournalFilters): boolean {
  return queryWords(filters.query).length > 0 || filters.element !== null || filters.tag !== null || filters.from !== null || filters.to !== null;
}

/** Every tag used, most used first, for the tag filter. */
export function allTags(entries: readonly JournalEntry[]): string[] {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const tag of entry.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}
