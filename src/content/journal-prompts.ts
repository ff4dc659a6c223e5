/**
 * The journal prompts (content/prompts/journal-prompts.json), loaded on
 * demand as their own chunk, and the prompt of the day: the same prompt all
 * day, a different one the next, going round every prompt in turn.
 */
import type { JournalPrompt, JournalPrompts } from './practice-schema.ts';

export type { JournalPrompt };

let loaded: Promise<readonly JournalPrompt[]> | undefined;

export function loadJournalPrompts(): Promise<readonly JournalPrompt[]> {
  loaded ??= import('../../content/prompts/journal-prompts.json').then((m) => (m.default as JournalPrompts).prompts);
  return loaded;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date. */
function dayNumber(localDate: string): number {
  return Math.floor(Date.parse(`${localDate}T00:00:00Z`) / 86_400_000);
}

/**
 * The prompt for a calendar day. Consecutive days step through the prompts
 * with a stride that is coprime with their number, so the elements take turns.
 */
export function promptForDay(prompts: readonly JournalPrompt[], localDate: string): JournalPrompt {
  if (prompts.length === 0) throw new RangeError('There are no prompts');
  const n = prompts.length;
  let stride = 7;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  while (gcd(stride, n) !== 1) stride += 1;
  const index = (((dayNumber(localDate) * stride) % n) + n) % n;
  return prompts[index]!;
}
