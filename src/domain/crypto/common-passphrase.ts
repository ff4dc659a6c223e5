/**
 * Is a passphrase one of the most common passwords or phrases, or one of
 * them dressed up? Both the list and the passphrase are compared in one
 * normal form: NFC, lower case, spaces and punctuation removed, and the usual
 * letter-for-symbol swaps undone (0 → o, 1 and ! → i, 3 → e, @ and 4 → a,
 * $ and 5 → s, 7 → t; l → i as well, because 1 stands for either). A common
 * password is also found with only digits and symbols after it
 * ("password12345!", "123456789012"), a word with only digits and symbols
 * before it ("2024summer"), and repeated ("passwordpassword").
 */

/** What remains of a passphrase for comparing: letters, digits and the symbols that stand for letters. */
export function compact(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}@$!]/gu, '');
}

const SWAPS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '!': 'i', l: 'i', '3': 'e', '4': 'a', '@': 'a', '5': 's', $: 's', '7': 't' };

/** The compact form with look-alike symbols read as letters. */
export function unswap(compacted: string): string {
  return Array.from(compacted, (c) => SWAPS[c] ?? c).join('');
}

/** Digits and the symbols kept by `compact`: what people add to a common word to pass a rule. */
const FILLER = /^[\p{N}@$!]*$/u;

/** The shortest common entry worth matching inside a longer passphrase. */
const MIN_CORE = 3;

/** The shortest piece that, repeated, makes `text` ("abcabc" → "abc"), or `text` itself. */
function repeatedUnit(text: string): string {
  for (let size = 1; size <= text.length / 2; size++) {
    if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text) return text.slice(0, size);
  }
  return text;
}

/** The normal form of every entry of a list (one entry a line), ready for `isCommonPassphrase`. */
export function commonSet(...lists: readonly string[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const list of lists) {
    for (const line of list.split('\n')) {
      const entry = unswap(compact(line));
      if (entry.length < MIN_CORE) continue;
      set.add(entry);
      set.add(repeatedUnit(entry)); // "aaaaaa" → "a", so any run of a's is found
    }
  }
  return set;
}

/** Longer than this (compacted), a passphrase is not a dressed-up common word, and the search below stays quick. */
const MAX_CHECKED = 64;

/**
 * Whether `passphrase` is a common password or phrase from `common` (see
 * `commonSet`): as it is, with look-alike symbols, repeated, or with only
 * digits and symbols added before or after it.
 */
export function isCommonPassphrase(passphrase: string, common: ReadonlySet<string>): boolean {
  const text = compact(passphrase);
  if (text.length < MIN_CORE || text.length > MAX_CHECKED) return false;
  if (repeatedUnit(unswap(text)).length < MIN_CORE) return true; // "aaaaaaaaaaaa", "abababababab"
  for (let start = 0; start <= text.length - MIN_CORE; start++) {
    if (!FILLER.test(text.slice(0, start))) break;
    for (let end = text.length; end >= start + MIN_CORE; end--) {
      if (!FILLER.test(text.slice(end))) break;
      const piece = text.slice(start, end);
      // Digits after digits are part of a number ("123456" + "789012"); digits before one are not counted away.
      if (start > 0 && !/\p{L}/u.test(piece)) continue;
      const core = unswap(piece);
      if (common.has(core) || common.has(repeatedUnit(core))) return true;
    }
  }
  return false;
}
