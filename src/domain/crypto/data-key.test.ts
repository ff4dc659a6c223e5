// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { WrappedKey } from './data-key.ts';
import { generateDataKey, unwrapDataKey, wrapDataKey, WrongSecretError } from './data-key.ts';
import { fromBase64, toBase64 } from './encoding.ts';
import { deriveWrappingKey } from './kdf.ts';

const params = { name: 'PBKDF2-SHA256', iterations: 1_000, salt: toBase64(new Uint8Array(16).fill(3)) } as const;

async function rawBytes(key: CryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.exportKey('raw', key));
}

/** The wrapped blob with one bit of one byte flipped in the given field. */
function flip(wrapped: WrappedKey, field: keyof WrappedKey, index: number): WrappedKey {
  const bytes = fromBase64(wrapped[field]);
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return { ...wrapped, [field]: toBase64(bytes) };
}

describe('generateDataKey', () => {
  it('makes an extractable AES-GCM-256 key for encrypt and decrypt, different each time', async () => {
    const key = await generateDataKey();
    expect(key.extractable).toBe(true);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect([...key.usages].sort()).toEqual(['decrypt', 'encrypt']);
    expect(await rawBytes(key)).toHaveLength(32);
    expect(await rawBytes(key)).not.toEqual(await rawBytes(await generateDataKey()));
  });
});

describe('wrapDataKey / unwrapDataKey', () => {
  it('round-trips the exact key bytes, as a 12-byte IV and a 48-byte blob', async () => {
    const wrappingKey = await deriveWrappingKey('kettle harbour violet seventeen', params);
    const dataKey = await generateDataKey();
    const wrapped = await wrapDataKey(dataKey, wrappingKey);
    expect(fromBase64(wrapped.iv)).toHaveLength(12);
    expect(fromBase64(wrapped.ciphertext)).toHaveLength(48);
    const unwrapped = await unwrapDataKey(wrapped, wrappingKey, { extractable: true });
    expect(await rawBytes(unwrapped)).toEqual(await rawBytes(dataKey));
    expect([...unwrapped.usages].sort()).toEqual(['decrypt', 'encrypt']);
  });

  it('uses a fresh IV on every wrap', async () => {
    const wrappingKey = await deriveWrappingKey('kettle harbour violet seventeen', params);
    const dataKey = await generateDataKey();
    const first = await wrapDataKey(dataKey, wrappingKey);
    const second = await wrapDataKey(dataKey, wrappingKey);
    expect(first.iv).not.toBe(second.iv);
    expect(first.ciphertext).not.toBe(second.ciphertext);
  });

  it('returns a non-extractable key by default that still encrypts and decrypts', async () => {
    const wrappingKey = await deriveWrappingKey('kettle harbour violet seventeen', params);
    const key = await unwrapDataKey(await wrapDataKey(await generateDataKey(), wrappingKey), wrappingKey);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    const iv = new Uint8Array(12);
    const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new Uint8Array([1, 2, 3]));
    expect(new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, sealed))).toEqual(
      new Uint8Array([1, 2, 3]),
    );
  });

  it('refuses a wrong passphrase with WrongSecretError and its fixed message', async () => {
    const wrapped = await wrapDataKey(await generateDataKey(), await deriveWrappingKey('right passphrase here', params));
    const attempt = unwrapDataKey(wrapped, await deriveWrappingKey('wrong passphrase here', params));
    await expect(attempt).rejects.toThrow(WrongSecretError);
    await expect(attempt).rejects.toMatchObject({
      name: 'WrongSecretError',
      message: 'That passphrase or PIN did not unlock this profile.',
    });
  });

  it('refuses a blob with a flipped byte in the ciphertext, its tag, or the IV', async () => {
    const wrappingKey = await deriveWrappingKey('kettle harbour violet seventeen', params);
    const wrapped = await wrapDataKey(await generateDataKey(), wrappingKey);
    for (const altered of [flip(wrapped, 'ciphertext', 0), flip(wrapped, 'ciphertext', 47), flip(wrapped, 'iv', 5)]) {
      await expect(unwrapDataKey(altered, wrappingKey)).rejects.toThrow(WrongSecretError);
    }
  });

  it('refuses a malformed blob with the same WrongSecretError', async () => {
    const wrappingKey = await deriveWrappingKey('kettle harbour violet seventeen', params);
    const wrapped = await wrapDataKey(await generateDataKey(), wrappingKey);
    const malformed: WrappedKey[] = [
      { ...wrapped, iv: 'not base64' },
      { ...wrapped, ciphertext: toBase64(fromBase64(wrapped.ciphertext).subarray(0, 47)) },
      { ...wrapped, iv: toBase64(new Uint8Array(16)) },
      null as unknown as WrappedKey,
    ];
    for (const blob of malformed) {
      await expect(unwrapDataKey(blob, wrappingKey)).rejects.toMatchObject({
        name: 'WrongSecretError',
        message: 'That passphrase or PIN did not unlock this profile.',
      });
    }
  });
});
