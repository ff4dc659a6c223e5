// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from './file-types.ts';
import { decodeInput, MAX_NESTING, parseFileText, scanJson } from './scan.ts';

const reasonOf = (result: { ok: boolean; rejection?: { reason: string } }) => (result.ok ? 'ok' : result.rejection!.reason);

describe('decodeInput', () => {
  it('decodes UTF-8 bytes and drops a byte-order mark from bytes or text', () => {
    const bytes = new TextEncoder().encode('{"a":"é"}');
    expect(decodeInput(bytes)).toEqual({ ok: true, value: '{"a":"é"}' });
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ ok: true, value: '{"a":"é"}' });
    expect(decodeInput('\ufeff{"a":1}')).toEqual({ ok: true, value: '{"a":1}' });
  });

  it('refuses bytes that are not UTF-8: damage when it starts like an Attune file, another file otherwise', () => {
    const attune = new TextEncoder().encode('{"format":"attune-file","x":"ab"}');
    attune[28] = 0xff;
    expect(reasonOf(decodeInput(attune))).toBe('damaged');
    expect(reasonOf(decodeInput(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe])))).toBe('not-attune');
  });

  it('refuses more than MAX_FILE_BYTES, as bytes or as text, before decoding', () => {
    expect(reasonOf(decodeInput(new Uint8Array(MAX_FILE_BYTES + 1)))).toBe('too-large');
    expect(reasonOf(decodeInput(' '.repeat(MAX_FILE_BYTES + 1)))).toBe('too-large');
    // Fewer characters than the limit, but more bytes: three bytes each in UTF-8.
    expect(reasonOf(decodeInput('€'.repeat(MAX_FILE_BYTES / 3 + 1)))).toBe('too-large');
    expect(reasonOf(decodeInput('€'.repeat(MAX_FILE_BYTES / 3 - 1)))).toBe('ok');
  });
});

describe('scanJson', () => {
  it(`accepts nesting ${MAX_NESTING} deep and refuses one level more`, () => {
    expect(reasonOf(scanJson('['.repeat(MAX_NESTING) + ']'.repeat(MAX_NESTING)))).toBe('ok');
    expect(reasonOf(scanJson('['.repeat(MAX_NESTING + 1) + ']'.repeat(MAX_NESTING + 1)))).toBe('too-deep');
    expect(reasonOf(scanJson(`{"a":${'{"b":'.repeat(5000)}1${'}'.repeat(5000)}}`))).toBe('too-deep');
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const deepInString = `{"text":"${'['.repeat(500)} \\" ${'{'.repeat(500)}"}`;
    expect(scanJson(deepInString)).toEqual({ ok: true, value: 'balanced' });
  });

  it.each([
    ['__proto__', '{"__proto__":{"polluted":true}}'],
    ['constructor', '{"a":[{"b":{"constructor":{"prototype":{"polluted":1}}}}]}'],
    ['prototype', '{"a":{"prototype":1}}'],
    ['an escaped __proto__', '{"\\u005f\\u005fproto\\u005f\\u005f":{"polluted":true}}'],
    ['a key with space before its colon', '{"x":{"__proto__"  \n :1}}'],
  ])('refuses %s as a key at any depth', (_name, text) => {
    expect(reasonOf(scanJson(text))).toBe('forbidden-key');
  });

  it('allows those words as values, and keys that only contain them', () => {
    expect(reasonOf(scanJson('{"text":"__proto__","a":["constructor"],"my prototype":"prototype","__proto__x":1}'))).toBe('ok');
  });
});

describe('parseFileText', () => {
  const file = '{"format":"attune-file","formatVersion":1,"body":{"records":{"journal":[{"text":"a [ b"}]}}}';

  it('parses a whole file', () => {
    expect(parseFileText(file).ok).toBe(true);
  });

  it('calls an Attune file that stops early truncated, wherever it stops', () => {
    for (const end of [30, 60, file.length - 1, file.indexOf('a [') + 1]) {
      expect(reasonOf(parseFileText(file.slice(0, end)))).toBe('truncated');
    }
  });

  it('calls text that is not JSON, or cut-off JSON of another kind, not an Attune file', () => {
    expect(reasonOf(parseFileText('Dear team, the rota for next week'))).toBe('not-attune');
    expect(reasonOf(parseFileText('{"name":"a spreadsheet","rows":[1,2'))).toBe('not-attune');
    expect(reasonOf(parseFileText(''))).toBe('not-attune');
  });

  it('calls a whole Attune file with a broken byte in it damaged', () => {
    expect(reasonOf(parseFileText(file.replace('"formatVersion":1', '"formatVersion"!1')))).toBe('damaged');
  });
});
