/**
 * Plain-English checks for content: sentence length and the Flesch reading
 * ease of a whole file. The content test (readability.test.ts) holds every
 * current file under content/ to sentences of at most MAX_SENTENCE_WORDS
 * words and a Flesch reading ease of at least MIN_FLESCH; the script
 * `npm run content:readability` prints the figures while writing.
 *
 * Flesch reading ease = 206.835 − 1.015 × (words per sentence)
 *   − 84.6 × (syllables per word). 60–70 is plain English; higher is easier.
 * Syllables are counted by the usual rule of thumb (groups of vowels, less a
 * silent final e), which is within a syllable or so on most words and errs
 * the same way on every file. Each string is split into sentences at ".",
 * "?", "!" and "…"; a string with no closing mark (a title, a label) is one
 * sentence.
 */
import { proseStrings } from './text-slips.ts';

export const MAX_SENTENCE_WORDS = 30;
export const MIN_FLESCH = 60;

/** The words of a text: runs of letters, digits and inner apostrophes or hyphens. */
export function wordsOf(text: string): string[] {
  return text.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];
}

/** The sentences of one string. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.?!…])["')\]]*\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0);
}

/** Syllables in one word, by the rule of thumb above; at least 1. */
export function syllablesIn(word: string): number {
  const parts = word.toLowerCase().split('-');
  if (parts.length > 1) return parts.reduce((sum, part) => sum + (part ? syllablesIn(part) : 0), 0);
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 1; // a number: read as one word
  if (w.length <= 3) return 1;
  w = w.replace(/(?<=[gq])ue$/, ''); // colleague, technique
  w = w.replace(/(?:[^laeiouy]es|[^laeiouytd]ed|[^laeiouy]e)$/, (ending) => ending[0]!);
  w = w.replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch reading ease, rounded to one decimal place; 100 when there are no words. */
  flesch: number;
}

/** The Flesch reading ease of a set of strings, read as one text. */
export function readabilityOf(texts: readonly string[]): Readability {
  const sentences = texts.flatMap(sentencesOf);
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((sum, word) => sum + syllablesIn(word), 0);
  if (words.length === 0) return { sentences: 0, words: 0, syllables: 0, flesch: 100 };
  const flesch = 206.835 - 1.015 * (words.length / sentences.length) - 84.6 * (syllables / words.length);
  return { sentences: sentences.length, words: words.length, syllables, flesch: Math.round(flesch * 10) / 10 };
}

/** The sentences longer than MAX_SENTENCE_WORDS in a parsed content file, with where they are. */
export function longSentences(data: unknown): Array<{ path: string; words: number; sentence: string }> {
  return proseStrings(data).flatMap(({ path, text }) =>
    sentencesOf(text).flatMap((sentence) => {
      const words = wordsOf(sentence).length;
      return words > MAX_SENTENCE_WORDS ? [{ path, words, sentence }] : [];
    }),
  );
}

/** The readability of every string a person reads in a parsed content file. */
export function readabilityOfContent(data: unknown): Readability {
  return readabilityOf(proseStrings(data).map(({ text }) => text));
}
