/**
 * Searching and filtering journal entries in memory (they are sealed on
 * disk, so the index lives only while the profile is unlocked). A query
 * matches an entry when every word of it begins a word of the entry's text,
 * prompt or tags ("rota" finds "rotas"), ignoring case and accents. Each
 * entry is indexed as its sorted distinct words, so a query word costs a
 * binary search per entry rather than a scan of its text (see
 * docs/performance.md). Filters narrow by element, tag and a range of
 * calendar days (inclusive).
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
  /** The entry's distinct words, normalised and sorted. */
  words: readonly string[];
}

const NOT_A_WORD = /[^\p{L}\p{N}]+/u;

/** The distinct normalised words of a text, sorted. */
export function wordsOf(text: string): string[] {
  return [...new Set(normalise(text).split(NOT_A_WORD).filter((word) => word !== ''))].sort();
}

export function indexEntry(entry: JournalEntry): IndexedEntry {
  return { entry, words: wordsOf([entry.text, entry.promptText ?? '', entry.tags.join(' ')].join(' ')) };
}

export function queryWords(query: string): string[] {
  return normalise(query).split(NOT_A_WORD).filter((word) => word !== '');
}

/** Whether some word in a sorted list begins with `prefix` (binary search). */
export function hasWordStarting(words: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (words[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  return low < words.length && words[low]!.startsWith(prefix);
}

export function matches(indexed: IndexedEntry, words: readonly string[], filters: JournalFilters): boolean {
  const { entry } = indexed;
  if (filters.element && !entry.elements.includes(filters.element)) return false;
  if (filters.tag && !entry.tags.includes(filters.tag)) return false;
  if (filters.from && entry.localDate < filters.from) return false;
  if (filters.to && entry.localDate > filters.to) return false;
  return words.every((word) => hasWordStarting(indexed.words, word));
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
