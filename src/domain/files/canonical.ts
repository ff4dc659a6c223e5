/**
 * Canonical serialisation for checksums: the same data always gives the same
 * text, whatever order its keys were written in. Object keys are sorted by
 * UTF-16 code unit, there is no whitespace, properties whose value is
 * undefined are dropped, arrays keep their order, and numbers and strings are
 * written exactly as JSON.stringify writes them (so a value read back from a
 * file's JSON serialises as it did when the file was written).
 */
import { utf8 } from '../crypto/encoding.ts';

/** Keys JavaScript enumerates before all others, in numeric order: JSON.stringify cannot write them in code-unit order. */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/** What sortedCopy returns for a value it cannot order. */
const INDEX_KEY = Symbol('array-index key');

/**
 * A copy of `value` whose objects have their keys inserted in code-unit
 * order (so JSON.stringify, which is native and fast, writes them sorted), or
 * INDEX_KEY when some object has an array-index key ("7"), which JavaScript
 * always enumerates first whatever the insertion order.
 */
function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') return sortedCopy(withJson.toJSON());
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index += 1) {
      const item = sortedCopy(value[index]);
      if (item === INDEX_KEY) return INDEX_KEY;
      copy[index] = item;
    }
    return copy;
  }
  const record = value as Record<string, unknown>;
  // No prototype, so a key named __proto__ is an ordinary key here too.
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(record).sort()) {
    if (ARRAY_INDEX.test(key)) return INDEX_KEY;
    const item = sortedCopy(record[key]);
    if (item === INDEX_KEY) return INDEX_KEY;
    copy[key] = item;
  }
  return copy;
}

/** The slower, exact writer, for values with array-index keys. */
function write(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // Strings, numbers (NaN and ±Infinity become null), booleans; undefined,
    // functions and symbols become null as they do inside a JSON array.
    return JSON.stringify(value) ?? 'null';
  }
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') return write(withJson.toJSON());
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index += 1) text += (index > 0 ? ',' : '') + write(value[index]);
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  let text = '{';
  let first = true;
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    text += `${first ? '' : ','}${JSON.stringify(key)}:${write(item)}`;
    first = false;
  }
  return `${text}}`;
}

/** The canonical JSON text of `value` (see the module comment). */
export function canonicalJson(value: unknown): string {
  const sorted = sortedCopy(value);
  if (sorted === INDEX_KEY) return write(value);
  return JSON.stringify(sorted) ?? 'null';
}

/** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(text)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** The checksum a file carries for its body: sha256Hex of the body's canonical JSON. */
export function bodyChecksum(body: unknown): Promise<string> {
  return sha256Hex(canonicalJson(body));
}
