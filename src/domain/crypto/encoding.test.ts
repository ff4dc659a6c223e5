// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fromBase64, fromUtf8, toBase64, utf8 } from './encoding.ts';

describe('toBase64 / fromBase64', () => {
  it('encodes the RFC 4648 test vectors', () => {
    const vectors: Array<[string, string]> = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(toBase64(utf8(plain))).toBe(encoded);
      expect(fromUtf8(fromBase64(encoded))).toBe(plain);
    }
  });

  it('round-trips every byte value, including the + and / characters', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index);
    const text = toBase64(bytes);
    expect(text).toContain('+');
    expect(text).toContain('/');
    expect(fromBase64(text)).toEqual(bytes);
    expect(toBase64(Uint8Array.of(0xfb, 0xff))).toBe('+/8=');
  });

  it('round-trips a buffer larger than one encoding chunk', () => {
    const bytes = Uint8Array.from({ length: 40_003 }, (_, index) => (index * 31) % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });

  it('encodes only the viewed bytes of a subarray', () => {
    const whole = Uint8Array.of(1, 2, 3, 4, 5);
    expect(toBase64(whole.subarray(1, 4))).toBe(toBase64(Uint8Array.of(2, 3, 4)));
  });

  it.each([
    ['a character outside the alphabet', 'Zm9v!A=='],
    ['the URL-safe alphabet', '-_8='],
    ['missing padding', 'Zg'],
    ['a length that is not a multiple of 4', 'Zm9vY'],
    ['whitespace', 'Zm9v Yg=='],
    ['a trailing newline', 'Zm9v\n'],
    ['padding in the middle', 'Zg==Zg=='],
    ['too much padding', 'Z==='],
    ['stray bits in the last character', 'Zh=='],
  ])('rejects %s with a RangeError', (_label, text) => {
    expect(() => fromBase64(text)).toThrow(RangeError);
  });
});

describe('utf8 / fromUtf8', () => {
  it('encodes unicode as UTF-8 bytes and back', () => {
    expect(Array.from(utf8('£'))).toEqual([0xc2, 0xa3]);
    expect(Array.from(utf8('😊'))).toEqual([0xf0, 0x9f, 0x98, 0x8a]);
    const text = 'Café — “quoted” 日本語 😊';
    expect(fromUtf8(utf8(text))).toBe(text);
  });

  it('rejects bytes that are not valid UTF-8 instead of replacing them', () => {
    expect(() => fromUtf8(Uint8Array.of(0xc3, 0x28))).toThrow(TypeError);
  });
});
