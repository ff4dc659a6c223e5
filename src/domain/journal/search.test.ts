import { describe, expect, it } from 'vitest';
import type { JournalEntry } from './entry.ts';
import { newEntry } from './entry.ts';
import { allTags, hasWordStarting, indexEntry, isFiltered, NO_FILTERS, normalise, queryWords, searchEntries, wordsOf } from './search.ts';

function entry(id: string, localDate: string, text: string, extra: Partial<JournalEntry> = {}): JournalEntry {
  return { ...newEntry(id, new Date(`${localDate}T09:00:00Z`), localDate), text, ...extra };
}

const entries = [
  entry('d', '2026-11-20', 'Café chat about the new rotas', { tags: ['rota'], elements: ['empathising'] }),
  entry('c', '2026-11-12', 'Night shift handover ran late', { tags: ['handover', 'night shift'], elements: ['attending'] }),
  entry('b', '2026-11-05', 'Listened to Ana', { promptText: 'Who needed your full attention?', elements: ['attending'] }),
  entry('a', '2026-10-30', 'Carrot cake in the staff room', { tags: ['team'] }),
].map(indexEntry);

describe('journal search', () => {
  it('normalises case, accents and white space', () => {
    expect(normalise('  CAFÉ\tNaïve  ')).toBe(' cafe naive ');
    expect(queryWords(' Café, rota! ')).toEqual(['cafe', 'rota']);
    expect(wordsOf('the rota, the ROTA and the Rotas')).toEqual(['and', 'rota', 'rotas', 'the']);
  });

  it('finds a word that begins with the query word, by binary search', () => {
    expect(hasWordStarting(['and', 'rota', 'rotas', 'the'], 'rot')).toBe(true);
    expect(hasWordStarting(['and', 'rota', 'rotas', 'the'], 'ta')).toBe(false);
    expect(hasWordStarting(['and'], 'zebra')).toBe(false);
    expect(hasWordStarting([], 'a')).toBe(false);
  });

  it('matches entries where every query word begins a word of the text, prompt or tags, newest first', () => {
    const search = (query: string) => searchEntries(entries, { ...NO_FILTERS, query }).map((e) => e.id);
    expect(search('rota')).toEqual(['d']);
    expect(search('cafe rot')).toEqual(['d']);
    expect(search('attention')).toEqual(['b']); // the prompt
    expect(search('night')).toEqual(['c']); // text and tag
    expect(search('rot')).toEqual(['d']); // "carrot" does not begin with "rot"
    expect(search('')).toEqual(['d', 'c', 'b', 'a']);
    expect(search('handover cake')).toEqual([]);
  });

  it('filters by element, tag and an inclusive range of days', () => {
    const filter = (f: Partial<typeof NO_FILTERS>) => searchEntries(entries, { ...NO_FILTERS, ...f }).map((e) => e.id);
    expect(filter({ element: 'attending' })).toEqual(['c', 'b']);
    expect(filter({ tag: 'team' })).toEqual(['a']);
    expect(filter({ from: '2026-11-05', to: '2026-11-12' })).toEqual(['c', 'b']);
    expect(isFiltered({ ...NO_FILTERS, query: '  ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, tag: 'team' })).toBe(true);
  });

  it('lists tags most used first', () => {
    expect(allTags(entries.map((e) => e.entry))).toEqual(['handover', 'night shift', 'rota', 'team']);
  });
});
