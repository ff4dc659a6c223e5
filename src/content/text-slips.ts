/**
 * Typing slips in the words a leader reads: doubled punctuation, stray or
 * doubled spaces, curly apostrophes (content uses the straight one
 * throughout, and released questions are frozen with it), doubled words and
 * American spellings where UK English differs. Used by the content test
 * (text-slips.test.ts) over every file in content/; pure, so it can check any
 * string.
 */

export interface TextSlip {
  /** Where the text is, e.g. `sections.0.items.2.text`. */
  path: string;
  /** What is wrong, with the offending words. */
  problem: string;
}

/** Keys whose values are identifiers, codes or numbers, never read as prose. */
const NOT_PROSE = new Set(['$schema', 'id', 'type', 'kind', 'element', 'elements', 'purpose', 'scoring', 'overall']);

/** Every string a person may read in a content file, with its path, skipping identifiers. */
export function proseStrings(value: unknown, path: string[] = []): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path: path.join('.'), text: value }];
  if (Array.isArray(value)) return value.flatMap((entry, index) => proseStrings(entry, [...path, String(index)]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, entry]) => (NOT_PROSE.has(key) ? [] : proseStrings(entry, [...path, key])));
  }
  return [];
}

/** Words an American writer spells one way and a UK writer another (UK form in the message). */
const AMERICAN: ReadonlyArray<[RegExp, string]> = [
  [/\b(?!(?:re|over|down|up|cap)?si[sz]|sei[sz]|pri[sz]|bai[sz]|mai[sz])\w+iz(?:e|es|ed|ing|ation|ations)\b/i, '-ise, -isation'],
  [/\bcolor(?:s|ed|ful|ing)?\b/i, 'colour'],
  [/\bbehavior(?:s|al|ally)?\b/i, 'behaviour'],
  [/\bcent(?:er|ers|ered|ering)\b/i, 'centre'],
  [/\bprograms?\b/i, 'programme'],
  [/\b(?:favor|honor|labor|neighbor|humor|rumor)(?:s|ed|ing|ite|able)?\b/i, '-our'],
  [/\banalyz(?:e|es|ed|ing)\b/i, 'analyse'],
  [/\bfulfill(?:s|ment)?\b/i, 'fulfil'],
  [/\b(?:judgment|acknowledgment)s?\b/i, 'judgement, acknowledgement'],
  [/\bcounselor(?:s)?\b/i, 'counsellor'],
  [/\b(?:traveled|traveling|canceled|canceling|labeled|labeling|modeled|modeling|signaled|signaling)\b/i, 'double l'],
];

/** The slips in one string, described in plain words; empty when it reads clean. */
export function slipsIn(text: string): string[] {
  const slips: string[] = [];
  if (text !== text.trim()) slips.push('leading or trailing space');
  if (/ {2}/.test(text)) slips.push('doubled space');
  const doubled = /[.?!,;:][.,;:]|[,;:][?!]/.exec(text);
  if (doubled) slips.push(`doubled punctuation "${doubled[0]}" (write an ellipsis as "…")`);
  if (/\s[.,;:?!]/.test(text)) slips.push('space before punctuation');
  if (/[‘’]/.test(text)) slips.push('curly apostrophe or quote (content uses the straight apostrophe)');
  const repeated = /\b(\w+)\s+\1\b/i.exec(text);
  if (repeated) slips.push(`doubled word "${repeated[0]}"`);
  for (const [pattern, uk] of AMERICAN) {
    const match = pattern.exec(text);
    if (match) slips.push(`American spelling "${match[0]}" (UK: ${uk})`);
  }
  return slips;
}

/** The slips anywhere in a parsed content file. */
export function slipsInContent(data: unknown): TextSlip[] {
  return proseStrings(data).flatMap(({ path, text }) => slipsIn(text).map((problem) => ({ path, problem })));
}
