/**
 * The durations a text claims, in minutes: "about 6 minutes", "Two minutes
 * to …", "a five-minute pulse", "1½ minutes". Vague words ("a few minutes")
 * claim nothing. Used by the content test that holds each questionnaire's
 * and practice's words to its own length (durations.test.ts).
 */

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, 'twenty-five': 25, thirty: 30, forty: 40, 'forty-five': 45, sixty: 60,
};

const CLAIM = /\b(\d+(?:\.\d+)?½?|½|[a-z]+(?:-five)?)[\s-]+minutes?\b/gi;

function toNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower in NUMBER_WORDS) return NUMBER_WORDS[lower];
  const match = /^(\d+(?:\.\d+)?)?(½)?$/.exec(lower);
  if (!match || (!match[1] && !match[2])) return undefined;
  return Number(match[1] ?? 0) + (match[2] ? 0.5 : 0);
}

/** Every number of minutes the text states, in order. */
export function durationClaims(text: string): number[] {
  return [...text.matchAll(CLAIM)].flatMap((match) => {
    const minutes = toNumber(match[1]!);
    return minutes === undefined ? [] : [minutes];
  });
}
