// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { generateDataKey, unwrapDataKey, wrapDataKey, WrongSecretError } from './data-key.ts';
import { fromBase64, toBase64 } from './encoding.ts';
import type { Pbkdf2Params } from './kdf.ts';
import {
  deriveWrappingKey,
  isKdfParamsStrongEnough,
  MAX_PBKDF2_ITERATIONS,
  MIN_PBKDF2_ITERATIONS,
  newKdfParams,
} from './kdf.ts';

/** Few iterations so the tests are quick; real profiles use newKdfParams(). */
const FAST = 1_000;

function fastParams(saltByte = 7): Pbkdf2Params {
  return { name: 'PBKDF2-SHA256', iterations: FAST, salt: toBase64(new Uint8Array(16).fill(saltByte)) };
}

/** Wraps a fresh data key under `secret`, then tries to unwrap it under `attempt`. */
async function unwrapsWith(secret: string, params: Pbkdf2Params, attempt: string, attemptParams = params) {
  const wrapped = await wrapDataKey(await generateDataKey(), await deriveWrappingKey(secret, params));
  return unwrapDataKey(wrapped, await deriveWrappingKey(attempt, attemptParams));
}

describe('newKdfParams', () => {
  it('defaults to 600,000 iterations of PBKDF2-SHA256 with a 16-byte salt', () => {
    const params = newKdfParams();
    expect(MIN_PBKDF2_ITERATIONS).toBe(600_000);
    expect(params.name).toBe('PBKDF2-SHA256');
    expect(params.iterations).toBe(600_000);
    expect(fromBase64(params.salt)).toHaveLength(16);
    expect(isKdfParamsStrongEnough(params)).toBe(true);
  });

  it('accepts more iterations but refuses fewer than the floor', () => {
    expect(newKdfParams(1_000_000).iterations).toBe(1_000_000);
    expect(newKdfParams(600_000).iterations).toBe(600_000);
    expect(() => newKdfParams(599_999)).toThrow(RangeError);
    expect(() => newKdfParams(1_000)).toThrow(RangeError);
    expect(() => newKdfParams(600_000.5)).toThrow(RangeError);
    expect(() => newKdfParams(MAX_PBKDF2_ITERATIONS + 1)).toThrow(RangeError);
  });

  it('draws a new random salt every time', () => {
    const salts = new Set(Array.from({ length: 20 }, () => newKdfParams().salt));
    expect(salts.size).toBe(20);
  });
});

describe('isKdfParamsStrongEnough', () => {
  const strong: Pbkdf2Params = { name: 'PBKDF2-SHA256', iterations: 600_000, salt: toBase64(new Uint8Array(16)) };

  it('accepts the floor and refuses one iteration fewer', () => {
    expect(isKdfParamsStrongEnough(strong)).toBe(true);
    expect(isKdfParamsStrongEnough({ ...strong, iterations: 599_999 })).toBe(false);
  });

  it('refuses malformed or hostile parameters', () => {
    expect(isKdfParamsStrongEnough({ ...strong, salt: toBase64(new Uint8Array(15)) })).toBe(false);
    expect(isKdfParamsStrongEnough({ ...strong, salt: 'not base64!' })).toBe(false);
    expect(isKdfParamsStrongEnough({ ...strong, iterations: Number.NaN })).toBe(false);
    expect(isKdfParamsStrongEnough({ ...strong, iterations: MAX_PBKDF2_ITERATIONS + 1 })).toBe(false);
    expect(isKdfParamsStrongEnough({ ...strong, name: 'PBKDF2-SHA1' } as unknown as Pbkdf2Params)).toBe(false);
    expect(isKdfParamsStrongEnough(null as unknown as Pbkdf2Params)).toBe(false);
  });
});

describe('deriveWrappingKey', () => {
  it('derives a non-extractable AES-GCM-256 key that can only wrap and unwrap', async () => {
    const key = await deriveWrappingKey('kettle harbour violet seventeen', fastParams());
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect([...key.usages].sort()).toEqual(['unwrapKey', 'wrapKey']);
  });

  it('gives the same key for the same secret and salt, so it unwraps', async () => {
    const key = await unwrapsWith('kettle harbour violet seventeen', fastParams(), 'kettle harbour violet seventeen');
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM' });
  });

  it('gives a different key for another secret', async () => {
    await expect(unwrapsWith('kettle harbour violet seventeen', fastParams(), 'kettle harbour violet eighteen')).rejects.toThrow(
      WrongSecretError,
    );
  });

  it('gives a different key for another salt', async () => {
    const secret = 'kettle harbour violet seventeen';
    await expect(unwrapsWith(secret, fastParams(1), secret, fastParams(2))).rejects.toThrow(WrongSecretError);
  });

  it('gives a different key for another iteration count', async () => {
    const secret = 'kettle harbour violet seventeen';
    await expect(unwrapsWith(secret, fastParams(), secret, { ...fastParams(), iterations: FAST + 1 })).rejects.toThrow(
      WrongSecretError,
    );
  });

  it('NFC-normalises the secret, so a composed and a decomposed é are the same passphrase', async () => {
    const composed = 'caf\u00e9 harbour violet';
    const decomposed = 'cafe\u0301 harbour violet';
    expect(composed).not.toBe(decomposed);
    await expect(unwrapsWith(composed, fastParams(), decomposed)).resolves.toBeDefined();
  });

  it('refuses malformed parameters with a RangeError', async () => {
    const params = fastParams();
    await expect(deriveWrappingKey('secret', { ...params, iterations: 0 })).rejects.toThrow(RangeError);
    await expect(deriveWrappingKey('secret', { ...params, iterations: MAX_PBKDF2_ITERATIONS + 1 })).rejects.toThrow(
      RangeError,
    );
    await expect(deriveWrappingKey('secret', { ...params, salt: toBase64(new Uint8Array(8)) })).rejects.toThrow(RangeError);
    await expect(deriveWrappingKey('secret', { ...params, salt: '%%%' })).rejects.toThrow(RangeError);
  });

  it('works end to end with the default 600,000-iteration parameters', async () => {
    const params = newKdfParams();
    const dataKey = await generateDataKey();
    const wrapped = await wrapDataKey(dataKey, await deriveWrappingKey('kettle harbour violet seventeen', params));
    const unwrapped = await unwrapDataKey(wrapped, await deriveWrappingKey('kettle harbour violet seventeen', params), {
      extractable: true,
    });
    const raw = (key: CryptoKey) => crypto.subtle.exportKey('raw', key).then((bytes) => new Uint8Array(bytes));
    expect(await raw(unwrapped)).toEqual(await raw(dataKey));
  });
});
