import { describe, expect, it } from 'vitest';
import { longSentences, readabilityOf, sentencesOf, syllablesIn, wordsOf } from './readability.ts';

describe('syllablesIn', () => {
  it.each([
    ['cat', 1],
    ['shift', 1],
    ['huddle', 2],
    ['colleague', 2],
    ['attention', 3],
    ['compassionate', 4],
    ['understanding', 4],
    ['make', 1],
    ['wanted', 2],
    ['one-to-one', 3],
  ])('counts %s as %i', (word, count) => {
    expect(syllablesIn(word)).toBe(count);
  });
});

describe('sentencesOf and wordsOf', () => {
  it('splits at closing marks and keeps a label as one sentence', () => {
    expect(sentencesOf('Stop. Breathe out slowly! What do you notice? Then go on…')).toHaveLength(4);
    expect(sentencesOf('About half the time')).toEqual(['About half the time']);
    expect(wordsOf("A colleague's one-to-one, at 3 pm.")).toEqual(['A', "colleague's", 'one-to-one', 'at', '3', 'pm']);
  });
});

describe('readabilityOf', () => {
  it('scores short plain sentences as easy and long Latinate ones as hard', () => {
    expect(readabilityOf(['Stop what you are doing. Look up. Ask how they are.']).flesch).toBeGreaterThan(90);
    expect(
      readabilityOf(['Organisational accountability for succession planning necessitates comprehensive identification of developmental opportunities.']).flesch,
    ).toBeLessThan(0);
  });
});

describe('longSentences', () => {
  it('names a sentence over thirty words with its path', () => {
    const long = `${'word '.repeat(31).trim()}.`;
    expect(longSentences({ sections: [{ summary: `Short one. ${long}` }] })).toEqual([{ path: 'sections.0.summary', words: 31, sentence: long }]);
    expect(longSentences({ summary: `${'word '.repeat(30).trim()}.` })).toEqual([]);
  });
});
