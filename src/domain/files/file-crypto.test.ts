// @vitest-environment node
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fromBase64, toBase64 } from '../crypto/encoding.ts';
import { MAX_PBKDF2_ITERATIONS, MIN_PBKDF2_ITERATIONS } from '../crypto/kdf.ts';
import { decryptFileText, deriveFileKey, encryptFileText } from './file-crypto.ts';
import type { EncryptedPart, FileBinding } from './file-crypto.ts';
import { deriveKeyOnce } from './testing/sample-backup.ts';

const binding: FileBinding = { format: 'attune-file', formatVersion: 1, kind: 'backup' };
const plain = '{"format":"attune-file","body":"Ward 7, written at night"}';

/** The part with one base64 field's bytes changed (its last byte flipped). */
function flip(base64: string, index = -1): string {
  const bytes = fromBase64(base64);
  const at = index < 0 ? bytes.length + index : index;
  bytes[at] = bytes[at]! ^ 0x01;
  return toBase64(bytes);
}

let part: EncryptedPart;
beforeAll(async () => {
  part = await encryptFileText(plain, 'a long passphrase', binding, { deriveKey: deriveKeyOnce });
});

describe('encryptFileText and decryptFileText', () => {
  it('seals with AES-GCM-256 under PBKDF2-SHA256 at the floor, a 16-byte salt and 12-byte IVs, and opens again', async () => {
    expect(part.cipher).toBe('AES-GCM-256');
    expect(part.kdf).toMatchObject({ name: 'PBKDF2-SHA256', iterations: MIN_PBKDF2_ITERATIONS });
    expect(fromBase64(part.kdf.salt)).toHaveLength(16);
    expect(fromBase64(part.iv)).toHaveLength(12);
    expect(fromBase64(part.check.iv)).toHaveLength(12);
    expect(part.ciphertext).not.toContain('Ward');
    expect(await decryptFileText(part, 'a long passphrase', binding, deriveKeyOnce)).toEqual({ ok: true, text: plain });
  });

  it('opens with the same words typed in another Unicode form (NFC)', async () => {
    const composed = await encryptFileText(plain, 'caf\u00e9 au lait', binding, { deriveKey: deriveKeyOnce });
    expect(await decryptFileText(composed, 'cafe\u0301 au lait', binding, deriveKeyOnce)).toMatchObject({ ok: true });
  });

  it('tells a wrong passphrase from an altered ciphertext', async () => {
    expect(await decryptFileText(part, 'a long passphrasf', binding)).toMatchObject({ ok: false, reason: 'wrong-passphrase' });
    const altered = { ...part, ciphertext: flip(part.ciphertext, 3) };
    expect(await decryptFileText(altered, 'a long passphrase', binding, deriveKeyOnce)).toMatchObject({ ok: false, reason: 'damaged' });
    const tag = { ...part, ciphertext: flip(part.ciphertext) };
    expect(await decryptFileText(tag, 'a long passphrase', binding, deriveKeyOnce)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('calls a key check that opens to other words a wrong passphrase', async () => {
    const key = await deriveKeyOnce('a long passphrase', part.kdf);
    const iv = fromBase64(part.check.iv);
    const other = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode('attune-file/key-check/v1') }, key, new TextEncoder().encode('something else'));
    const forged = { ...part, check: { iv: part.check.iv, ciphertext: toBase64(new Uint8Array(other)) } };
    expect(await decryptFileText(forged, 'a long passphrase', binding, deriveKeyOnce)).toMatchObject({ ok: false, reason: 'wrong-passphrase' });
  });

  it('binds the header: the same ciphertext under another kind or version is damaged', async () => {
    expect(await decryptFileText(part, 'a long passphrase', { ...binding, kind: 'share' }, deriveKeyOnce)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(await decryptFileText(part, 'a long passphrase', { ...binding, formatVersion: 2 }, deriveKeyOnce)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it.each([
    ['iterations far above the ceiling', (p: EncryptedPart) => ({ ...p, kdf: { ...p.kdf, iterations: 1e12 } })],
    ['iterations just above the ceiling', (p: EncryptedPart) => ({ ...p, kdf: { ...p.kdf, iterations: MAX_PBKDF2_ITERATIONS + 1 } })],
    ['iterations below the floor', (p: EncryptedPart) => ({ ...p, kdf: { ...p.kdf, iterations: MIN_PBKDF2_ITERATIONS - 1 } })],
    ['iterations not whole', (p: EncryptedPart) => ({ ...p, kdf: { ...p.kdf, iterations: 600_000.5 } })],
    ['a short salt', (p: EncryptedPart) => ({ ...p, kdf: { ...p.kdf, salt: toBase64(new Uint8Array(8)) } })],
    ['a salt that is not base64', (p: EncryptedPart) => ({ ...p, kdf: { ...p.kdf, salt: 'not base64 at all!!!' } })],
    ['an IV of the wrong length', (p: EncryptedPart) => ({ ...p, iv: toBase64(new Uint8Array(16)) })],
    ['another key derivation', (p: EncryptedPart) => ({ ...p, kdf: { ...p.kdf, name: 'scrypt' } as unknown as EncryptedPart['kdf'] })],
  ])('refuses %s before deriving any key', async (_name, change) => {
    const deriveKey = vi.fn(deriveFileKey);
    expect(await decryptFileText(change(part), 'a long passphrase', binding, deriveKey)).toMatchObject({ ok: false, reason: 'kdf-out-of-range' });
    expect(deriveKey).not.toHaveBeenCalled();
  });

  it('writes with more iterations when asked, but never fewer than the floor or more than the ceiling', async () => {
    await expect(encryptFileText(plain, 'x', binding, { iterations: MIN_PBKDF2_ITERATIONS - 1 })).rejects.toThrow(RangeError);
    await expect(encryptFileText(plain, 'x', binding, { iterations: MAX_PBKDF2_ITERATIONS + 1 })).rejects.toThrow(RangeError);
    await expect(encryptFileText(plain, '', binding)).rejects.toThrow(RangeError);
    const deriveKey = vi.fn(async () => deriveKeyOnce('x', part.kdf));
    const more = await encryptFileText(plain, 'x', binding, { iterations: 700_000, deriveKey });
    expect(more.kdf.iterations).toBe(700_000);
    expect(deriveKey).toHaveBeenCalledWith('x', more.kdf);
  });

  it('deriveFileKey refuses parameters out of range', async () => {
    await expect(deriveFileKey('x', { iterations: 1_000, salt: part.kdf.salt })).rejects.toThrow(RangeError);
    await expect(deriveFileKey('x', { iterations: MIN_PBKDF2_ITERATIONS, salt: 'AAAA' })).rejects.toThrow(RangeError);
  });
});
