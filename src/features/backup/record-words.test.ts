/** Counts in words, and the screen's own list of kinds kept in step with the file format's. */
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../../domain/files/file-types.ts';
import { countsInWords, KINDS, unreadableInWords } from './record-words.ts';

describe('record words', () => {
  it('lists every kind of the file format, in its order', () => {
    expect(KINDS).toEqual(RECORD_KINDS);
  });

  it('names the non-zero counts, singular and plural', () => {
    expect(countsInWords({ responses: 312, journal: 1, practiceLog: 0 })).toBe('312 results and 1 journal entry');
    expect(countsInWords({})).toBe('nothing');
    expect(unreadableInWords({ journal: 2 }, 'this backup')).toEqual(['2 journal entries could not be read and are not in this backup.']);
  });
});
