/**
 * Canonical serialisation for checksums: the same data always gives the same
 * text, whatever order its keys were written in. Object keys are sorted by
 * UTF-16 code unit, there is no whitespace, properties whose value is
 * undefined are dropped, arrays keep their order, and numbers and strings are
 * written exactly as JSON.stringify writes them (so a value read back from a
 * file's JSON serialises as it did when the file was written).
 */
import { utf8 } from '../crypto/encoding.ts';

function write(value: unknown, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    // Strings, numbers (NaN and ±Infinity become null), booleans; undefined,
    // functions and symbols become null as they do inside a JSON array.
    out.push(JSON.stringify(value) ?? 'null');
    return;
  }
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') {
    write(withJson.toJSON(), out);
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    for (let index = 0; index < value.length; index += 1) {
      if (index > 0) out.push(',');
      write(value[index], out);
    }
    out.push(']');
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  out.push('{');
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    if (!first) out.push(',');
    first = false;
    out.push(JSON.stringify(key), ':');
    write(item, out);
  }
  out.push('}');
}

/** The canonical JSON text of `value` (see the module comment). */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, out);
  return out.join('');
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
