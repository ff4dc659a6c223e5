/**
 * Byte encodings for the crypto layer: standard base64 (for salts, IVs and
 * wrapped keys kept as text) and UTF-8 (for secrets, record JSON and AAD).
 */

/** Standard base64 with padding: whole 4-character groups from A–Z a–z 0–9 + /. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Bytes per String.fromCharCode call, well under engines' argument limits. */
const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/**
 * Decodes standard, padded base64. Whitespace, the URL-safe alphabet, missing
 * padding and non-canonical trailing bits are all rejected, so one byte string
 * has exactly one accepted text form.
 * @throws RangeError when the text is not valid base64.
 */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  if (typeof text !== 'string' || !BASE64.test(text)) {
    throw new RangeError('The text is not valid base64.');
  }
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) {
    bytes[index] = binary.charCodeAt(index);
  }
  if (toBase64(bytes) !== text) {
    throw new RangeError('The text is not valid base64 (its last character has stray bits).');
  }
  return bytes;
}

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

/**
 * Decodes UTF-8 strictly, so damaged bytes are never silently replaced.
 * @throws TypeError when the bytes are not valid UTF-8.
 */
export function fromUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}
