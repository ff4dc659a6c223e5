/**
 * The checks made on a file's text before JSON.parse sees it: the text comes
 * from bytes that are valid UTF-8 (a leading byte-order mark is allowed), no
 * larger than MAX_FILE_BYTES; brackets nest no deeper than MAX_NESTING; and no
 * object anywhere has a key named __proto__, constructor or prototype (written
 * plainly or with \u escapes), so nothing read from a file can reach an
 * object's prototype. Then it parses, telling a file that was cut short (it
 * starts like an Attune file but never closes) from one that is not JSON.
 */
import { FILE_FORMAT, MAX_FILE_BYTES } from './file-types.ts';
import type { Rejection } from './file-types.ts';
import { reject } from './rejections.ts';

/** Deeper than any Attune file nests (a body is about six levels deep). */
export const MAX_NESTING = 64;

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** How far into a file we look for the sign that it is an Attune file. */
const LOOKS_LIKE_WINDOW = 4096;

type Checked<T> = { ok: true; value: T } | { ok: false; rejection: Rejection };

/** Whether the start of the text is the start of an Attune file: an object naming our format. */
export function looksLikeAttune(text: string): boolean {
  const start = text.slice(0, LOOKS_LIKE_WINDOW);
  return /^\s*\{/.test(start) && start.includes(`"${FILE_FORMAT}"`);
}

/** The UTF-8 length of a string, counted without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The file's text: bytes decoded as strict UTF-8, or a string as it is; a
 * leading byte-order mark is dropped. Refuses anything over MAX_FILE_BYTES
 * before decoding it.
 */
export function decodeInput(input: string | Uint8Array): Checked<string> {
  if (typeof input === 'string') {
    // A string of n UTF-16 units has at least n UTF-8 bytes, and at most 3n.
    if (input.length > MAX_FILE_BYTES || (input.length * 3 > MAX_FILE_BYTES && utf8Length(input) > MAX_FILE_BYTES)) {
      return { ok: false, rejection: reject('too-large', `${input.length} characters`) };
    }
    return { ok: true, value: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input };
  }
  if (!(input instanceof Uint8Array)) return { ok: false, rejection: reject('not-attune', 'not text or bytes') };
  if (input.byteLength > MAX_FILE_BYTES) return { ok: false, rejection: reject('too-large', `${input.byteLength} bytes`) };
  try {
    // ignoreBOM: false (the default) drops a leading byte-order mark.
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(input) };
  } catch {
    // Bytes that are not UTF-8: damage to an Attune file, or some other kind of file.
    const lenient = new TextDecoder('utf-8').decode(input.subarray(0, LOOKS_LIKE_WINDOW));
    return { ok: false, rejection: reject(looksLikeAttune(lenient) ? 'damaged' : 'not-attune', 'not UTF-8') };
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** A string token's value: the raw text between its quotes, unescaped when it has escapes. */
function keyValue(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** The longest key that could unescape to a forbidden one ("\u0063onstructor" is 6 times as long at worst). */
const LONGEST_FORBIDDEN_RAW = 'constructor'.length * 6;

/**
 * One pass over the text outside and inside strings: nesting depth and every
 * object key. Returns 'unclosed' when the text ends inside a string or an
 * open bracket (a file cut short), 'balanced' otherwise.
 */
export function scanJson(text: string): Checked<'balanced' | 'unclosed'> {
  let depth = 0;
  let index = 0;
  const length = text.length;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      const start = index + 1;
      index = start;
      while (index < length) {
        const inner = text.charCodeAt(index);
        if (inner === BACKSLASH) index += 2;
        else if (inner === QUOTE) break;
        else index += 1;
      }
      if (index >= length) return { ok: true, value: 'unclosed' };
      const end = index;
      index += 1;
      if (end - start <= LONGEST_FORBIDDEN_RAW) {
        let next = index;
        while (next < length && isSpace(text.charCodeAt(next))) next += 1;
        if (next < length && text.charCodeAt(next) === COLON && FORBIDDEN_KEYS.has(keyValue(text, start, end))) {
          return { ok: false, rejection: reject('forbidden-key', `at nesting level ${depth}`) };
        }
      }
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      if (depth > MAX_NESTING) return { ok: false, rejection: reject('too-deep', `deeper than ${MAX_NESTING} levels`) };
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth -= 1;
    }
    index += 1;
  }
  return { ok: true, value: depth > 0 ? 'unclosed' : 'balanced' };
}

/**
 * Scans, then parses the text as JSON. A text refused by the scan is never
 * parsed. One that fails to parse is 'truncated' when it starts like an
 * Attune file and never closes, and 'not-attune' otherwise.
 */
export function parseFileText(text: string): Checked<unknown> {
  const scanned = scanJson(text);
  if (!scanned.ok) return scanned;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    if (looksLikeAttune(text)) {
      return { ok: false, rejection: reject(scanned.value === 'unclosed' ? 'truncated' : 'damaged', 'JSON does not parse') };
    }
    return { ok: false, rejection: reject('not-attune', 'not JSON') };
  }
}
