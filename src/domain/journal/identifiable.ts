/**
 * A gentle check for patient-identifiable information in journal text, so
 * the journal can remind the leader to keep patients anonymous. It is a
 * heuristic, not a guarantee, and is tuned to keep false alarms low: a
 * missed identifier costs a reminder, a false one costs trust in it.
 *
 * NHS numbers: 10 digits written together or as 3-3-4 with one kind of
 * separator (spaces or hyphens), standing alone (not part of a longer number
 * or after a +country code), that pass the modulus 11 check (so roughly 10 in
 * 11 stray 10-digit numbers, such as phone numbers, do not trigger) and are
 * not one digit repeated (0000000000 and 1111111111 pass the check).
 *
 * Dates of birth: a date, dd/mm/yyyy, dd-mm-yyyy or dd.mm.yyyy (day first,
 * four-digit year) or "3 March 1947" / "3rd Mar 1947", that is a real
 * calendar date with a year from 1900 to the current year, and either
 * - within 40 characters of "DOB", "D.O.B.", "date of birth", "born" or "b."
 *   (either side), or
 * - within 30 characters of a name, in the same sentence, and not introduced
 *   by an event word ("on", "since", "from", "by", "w/c", …) that marks it as
 *   the date of something that happened. A name is a title (Mr, Mrs, Ms,
 *   Miss, Mx, Sir, Dame, Master) followed by one or two capitalised words, or
 *   two capitalised words neither of which is a common non-name (sentence
 *   openers, days, months, words such as Team, Ward, Board, Meeting). Dr and
 *   Prof are not titles here: in a leader's journal they mostly name
 *   colleagues, next to the dates of meetings ("Dr Amir Patel 12/03/2026"
 *   still counts, as two capitalised words).
 *
 * Excerpts never repeat an identifier in full: an NHS number is shown as
 * "••• ••• •123" and a date as "••/••/••47" (the last two digits of the year).
 */

export type IdentifierKind = 'nhs-number' | 'date-of-birth-with-name';

export interface FoundIdentifier {
  kind: IdentifierKind;
  /** A masked reminder of what was found, safe to show. */
  excerpt: string;
  /** Where the identifier (the number, or the date) is in the text, as string indices [start, end). */
  start: number;
  end: number;
}

/** Characters between a date and a keyword ("DOB", "born", …), at most. */
export const KEYWORD_DISTANCE = 40;
/** Characters between a date and a name, at most. */
export const NAME_DISTANCE = 30;

/**
 * Whether exactly 10 digits (no spaces) form a valid NHS number: weights 10
 * down to 2 over the first nine digits; check digit = 11 − (sum mod 11), where
 * 11 means 0 and 10 means the number is invalid.
 */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

const NHS_PATTERN = /(?<![\d+])(?<!\d[-./])(?<!\+\d{1,3}[ -]?)\d{3}([ -]?)\d{3}\1\d{4}(?!\d)(?![-./]\d)/g;

function findNhsNumbers(text: string): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  for (const match of text.matchAll(NHS_PATTERN)) {
    const digits = match[0].replace(/\D/g, '');
    if (!isValidNhsNumber(digits) || /^(\d)\1{9}$/.test(digits)) continue;
    found.push({ kind: 'nhs-number', excerpt: `••• ••• •${digits.slice(7)}`, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

interface Span {
  start: number;
  end: number;
}

interface FoundDate extends Span {
  year: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)(?![/.-]\d)/g;
const WORDED_DATE =
  /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(\d{4})(?!\d)/gi;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function findDates(text: string, currentYear: number): FoundDate[] {
  const dates: FoundDate[] = [];
  const add = (index: number, length: number, day: number, month: number, year: number) => {
    if (year >= 1900 && year <= currentYear && isCalendarDate(year, month, day)) dates.push({ start: index, end: index + length, year });
  };
  for (const m of text.matchAll(NUMERIC_DATE)) add(m.index, m[0].length, Number(m[1]), Number(m[3]), Number(m[4]));
  for (const m of text.matchAll(WORDED_DATE)) add(m.index, m[0].length, Number(m[1]), MONTHS[(m[2] ?? '').slice(0, 3).toLowerCase()] ?? 0, Number(m[3]));
  return dates;
}

const KEYWORD = /(?<![a-z])(?:d\.\s?o\.\s?b\b\.?|dob|date\s+of\s+birth|born|b\.(?=\s*\d))(?![a-z])/gi;

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'master']);

/** Capitalised words that are rarely part of a patient's name written in a journal. */
const NOT_NAMES = new Set(
  (
    'the a an i we he she they it you my our his her their this that these those there here then today yesterday tomorrow ' +
    'tonight last next on in at by for from to with after before since until during when while if but and so as also ' +
    'met saw spoke called rang discussed see note notes re per dear hi hello thanks thank please ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'ward wards team teams trust board meeting meetings day days week weeks month months year years hospital clinic ' +
    'service services unit centre center practice surgery department committee group review report plan project ' +
    'programme training conference workshop session appraisal audit huddle handover shift rota away bank holiday ' +
    'christmas easter new annual general quarter staff patient patients nurse nurses matron doctor consultant manager ' +
    'director lead chief executive officer council health care social royal university college school street road ' +
    'house hall national primary community mental emergency theatre theatres outpatients action safety quality ' +
    'incident serious learning summit forum st saint north south east west dr prof professor'
  ).split(' '),
);

const CAPITALISED_WORD = /(?<![A-Za-z'’-])[A-Z][a-z]?['’]?[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?(?![A-Za-z'’-])/g;

/** Spans of likely names: a title and one or two capitalised words, or two capitalised words that are not common non-names. */
function findNames(text: string): Span[] {
  const words = [...text.matchAll(CAPITALISED_WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0].toLowerCase() }));
  /** The text between word i and the next, when they sit side by side on one line. */
  const gapAfter = (i: number): string | null => {
    const [a, b] = [words[i], words[i + 1]];
    if (a === undefined || b === undefined) return null;
    const gap = text.slice(a.end, b.start);
    return /^\.?[ \t]+$/.test(gap) ? gap : null;
  };
  const isNameWord = (i: number) => {
    const w = words[i];
    return w !== undefined && !NOT_NAMES.has(w.word) && !TITLES.has(w.word);
  };
  const names: Span[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [first, second] = [words[i], words[i + 1]];
    const gap = gapAfter(i);
    if (first === undefined || second === undefined || gap === null || !isNameWord(i + 1)) continue;
    if (TITLES.has(first.word)) {
      const third = gapAfter(i + 1)?.includes('.') === false && isNameWord(i + 2) ? words[i + 2] : undefined;
      names.push({ start: first.start, end: (third ?? second).end });
    } else if (isNameWord(i) && !gap.includes('.')) {
      names.push({ start: first.start, end: second.end });
    }
  }
  return names;
}

function distance(a: Span, b: Span): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}

/** The text between two spans, whichever comes first. */
function between(text: string, a: Span, b: Span): string {
  return a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
}

/** Words that make a date the date of an event rather than of a birth. */
const EVENT_BEFORE = /(?:^|[^a-z])(?:on|since|from|until|till|by|before|after|at|in|during|of|for|to|between|and|dated|commencing|ending|w\/?c|w\/?e)[\s,:]*$/i;

function nearName(text: string, date: FoundDate, names: readonly Span[]): boolean {
  if (EVENT_BEFORE.test(text.slice(Math.max(0, date.start - 20), date.start))) return false;
  return names.some((name) => {
    const gap = between(text, name, date);
    return distance(name, date) <= NAME_DISTANCE && !/[.!?](?:\s|$)|[\r\n]/.test(gap);
  });
}

/**
 * Likely NHS numbers and dates of birth in the text, in the order they
 * appear (see the header for the rules). `now` sets the latest year a date
 * of birth may have.
 */
export function findIdentifiers(text: string, now: Date = new Date()): FoundIdentifier[] {
  const keywords: Span[] = [...text.matchAll(KEYWORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const names = findNames(text);
  const births = findDates(text, now.getFullYear())
    .filter((date) => keywords.some((k) => distance(k, date) <= KEYWORD_DISTANCE) || nearName(text, date, names))
    .map(
      (date): FoundIdentifier => ({ kind: 'date-of-birth-with-name', excerpt: `••/••/••${String(date.year).slice(2)}`, start: date.start, end: date.end }),
    );
  return [...findNhsNumbers(text), ...births].sort((a, b) => a.start - b.start);
}
