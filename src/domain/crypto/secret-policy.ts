/**
 * What counts as a passphrase or a PIN good enough to lock a profile. The
 * rules are deliberately simple to explain: length or several words for a
 * passphrase, and not one of the most common passwords or phrases; six or
 * more digits for a PIN. Messages can be shown as they are.
 */

export type PolicyResult = { ok: true } | { ok: false; message: string };

export const MIN_PASSPHRASE_CHARACTERS = 12;
export const MIN_PASSPHRASE_WORDS = 4;
export const MIN_WORD_CHARACTERS = 2;
export const MIN_PIN_DIGITS = 6;

const PASSPHRASE_MESSAGE =
  'Use at least 12 characters, or four or more words. Four unrelated words of your own are easy to remember and hard to guess.';
const PIN_MESSAGE = 'A PIN is at least 6 digits (numbers only).';
export const COMMON_PASSPHRASE_MESSAGE =
  'This is one of the most commonly used passwords or phrases (or one with only numbers, symbols or a repeat added), so it would be guessed early. Choose words of your own.';
const LIST_UNAVAILABLE_MESSAGE = 'Attune could not check this passphrase against its list of common passwords. Reload the page and try again.';

/** A word: a run of letters, digits and the accents attached to them. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * A passphrase is at least 12 characters, or at least four words (words: runs
 * of letters/digits separated by spaces, hyphens or other punctuation; each
 * word at least 2 characters). Leading/trailing spaces don't count.
 * Characters are counted as Unicode code points after NFC normalisation, as
 * the key derivation sees them, so an accented letter or an emoji counts once.
 */
export function checkPassphrase(passphrase: string): PolicyResult {
  const text = passphrase.normalize('NFC').trim();
  if (Array.from(text).length >= MIN_PASSPHRASE_CHARACTERS) return { ok: true };
  const words = (text.match(WORD) ?? []).filter((word) => Array.from(word).length >= MIN_WORD_CHARACTERS);
  if (words.length >= MIN_PASSPHRASE_WORDS) return { ok: true };
  return { ok: false, message: PASSPHRASE_MESSAGE };
}

let common: Promise<(passphrase: string) => boolean> | undefined;

/** The list of common passwords and phrases, loaded once, on first use: it is kept out of the first screen's JavaScript. */
function loadCommonCheck(): Promise<(passphrase: string) => boolean> {
  common ??= Promise.all([import('./common-passphrase.ts'), import('./common-passwords.ts'), import('./common-phrases.ts')]).then(
    ([{ commonSet, isCommonPassphrase }, { COMMON_PASSWORDS }, { COMMON_PHRASES }]) => {
      const set = commonSet(COMMON_PASSWORDS, COMMON_PHRASES);
      return (passphrase) => isCommonPassphrase(passphrase, set);
    },
  );
  common.catch(() => (common = undefined)); // a failed load is tried again next time
  return common;
}

/**
 * The whole policy for a new passphrase: `checkPassphrase`, then not one of
 * the most common passwords or phrases (see common-passphrase.ts). If the
 * list cannot be loaded, the passphrase is refused with a message saying so,
 * rather than let through unchecked.
 */
/** A new passphrase the policy turns down; its message says why and can be shown as it is. */
export class PassphrasePolicyError extends Error {
  override readonly name = 'PassphrasePolicyError';
}

/** @throws PassphrasePolicyError when `checkNewPassphrase` turns the passphrase down. */
export async function requireNewPassphrase(passphrase: string): Promise<void> {
  const policy = await checkNewPassphrase(passphrase);
  if (!policy.ok) throw new PassphrasePolicyError(policy.message);
}

export async function checkNewPassphrase(passphrase: string): Promise<PolicyResult> {
  const basic = checkPassphrase(passphrase);
  if (!basic.ok) return basic;
  try {
    const isCommon = await loadCommonCheck();
    return isCommon(passphrase) ? { ok: false, message: COMMON_PASSPHRASE_MESSAGE } : { ok: true };
  } catch {
    return { ok: false, message: LIST_UNAVAILABLE_MESSAGE };
  }
}

/** A PIN is at least 6 digits, 0–9 only (no spaces or other characters). */
export function checkPin(pin: string): PolicyResult {
  return /^[0-9]{6,}$/.test(pin) ? { ok: true } : { ok: false, message: PIN_MESSAGE };
}
