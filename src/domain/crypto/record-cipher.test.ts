// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { generateDataKey } from './data-key.ts';
import { fromUtf8 } from './encoding.ts';
import type { EncryptedRecord, RecordBinding } from './record-cipher.ts';
import { decryptRecord, encryptRecord, recordAad, TamperedRecordError } from './record-cipher.ts';

const binding: RecordBinding = { profileId: 'profile-a', table: 'journal', id: 'entry-1' };

const entry = {
  title: 'Café reflections — “a good day” 😊',
  body: 'Listened properly to Siân; noticed I’d been rushing.\nNext: 日本語 note',
  tags: ['attending', 'empathising'],
  mood: { score: 4, scale: [1, 5] },
  nested: { deeper: { deepest: [null, true, 0, -1.5, ''] } },
};

/** A copy of the record with one bit of one byte flipped in its ciphertext or IV. */
function flip(record: EncryptedRecord, field: 'iv' | 'ciphertext', index: number): EncryptedRecord {
  const bytes = new Uint8Array(field === 'iv' ? record.iv : record.ciphertext).slice();
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return field === 'iv' ? { ...record, iv: bytes } : { ...record, ciphertext: bytes.buffer };
}

async function expectTampered(promise: Promise<unknown>): Promise<void> {
  await expect(promise).rejects.toThrow(TamperedRecordError);
  await expect(promise).rejects.toMatchObject({
    name: 'TamperedRecordError',
    message: 'This record has been altered or does not belong here, so it was not shown.',
  });
}

describe('recordAad', () => {
  it('encodes the version, profile, table and id as a JSON array', () => {
    expect(fromUtf8(recordAad(binding))).toBe('["attune-record/v1","profile-a","journal","entry-1"]');
  });

  it('keeps bindings apart that naive joining would confuse', () => {
    const a = fromUtf8(recordAad({ profileId: 'p', table: 'a:b', id: 'c' }));
    const b = fromUtf8(recordAad({ profileId: 'p', table: 'a', id: 'b:c' }));
    const c = fromUtf8(recordAad({ profileId: 'p', table: 'a","b', id: 'c' }));
    expect(new Set([a, b, c]).size).toBe(3);
  });
});

describe('encryptRecord / decryptRecord', () => {
  it('round-trips a nested object with unicode', async () => {
    const key = await generateDataKey();
    const sealed = await encryptRecord(key, entry, binding);
    expect(sealed.iv).toBeInstanceOf(Uint8Array);
    expect(sealed.iv).toHaveLength(12);
    expect(sealed.ciphertext).toBeInstanceOf(ArrayBuffer);
    expect(await decryptRecord<typeof entry>(key, sealed, binding)).toEqual(entry);
  });

  it('hides the plaintext: no part of the text appears in the ciphertext', async () => {
    const key = await generateDataKey();
    const sealed = await encryptRecord(key, 'a very recognisable secret sentence', binding);
    const asText = new TextDecoder('latin1').decode(sealed.ciphertext);
    expect(asText).not.toContain('recognisable');
  });

  it('round-trips after a structured clone and with the ciphertext as a Uint8Array view', async () => {
    const key = await generateDataKey();
    const sealed = await encryptRecord(key, entry, binding);
    expect(await decryptRecord(key, structuredClone(sealed), binding)).toEqual(entry);
    // A view that does not start at the beginning of its buffer.
    const padded = new Uint8Array(sealed.ciphertext.byteLength + 5);
    padded.set(new Uint8Array(sealed.ciphertext), 3);
    const view = padded.subarray(3, 3 + sealed.ciphertext.byteLength);
    expect(await decryptRecord(key, { iv: sealed.iv, ciphertext: view }, binding)).toEqual(entry);
  });

  it('round-trips plain JSON values', async () => {
    const key = await generateDataKey();
    for (const value of ['', 0, false, null, [], 'plain text']) {
      expect(await decryptRecord(key, await encryptRecord(key, value, binding), binding)).toEqual(value);
    }
  });

  it('gives two encryptions of the same value different IVs and ciphertexts', async () => {
    const key = await generateDataKey();
    const first = await encryptRecord(key, entry, binding);
    const second = await encryptRecord(key, entry, binding);
    expect(first.iv).not.toEqual(second.iv);
    expect(new Uint8Array(first.ciphertext)).not.toEqual(new Uint8Array(second.ciphertext));
  });

  it('refuses a value with no JSON form', async () => {
    const key = await generateDataKey();
    await expect(encryptRecord(key, undefined, binding)).rejects.toThrow(TypeError);
    await expect(encryptRecord(key, () => 1, binding)).rejects.toThrow(TypeError);
    await expect(encryptRecord(key, { n: 1n }, binding)).rejects.toThrow(TypeError);
  });

  it('detects a flipped byte in the ciphertext (body and tag)', async () => {
    const key = await generateDataKey();
    const sealed = await encryptRecord(key, entry, binding);
    await expectTampered(decryptRecord(key, flip(sealed, 'ciphertext', 0), binding));
    await expectTampered(decryptRecord(key, flip(sealed, 'ciphertext', sealed.ciphertext.byteLength - 1), binding));
  });

  it('detects a flipped byte in the IV', async () => {
    const key = await generateDataKey();
    const sealed = await encryptRecord(key, entry, binding);
    await expectTampered(decryptRecord(key, flip(sealed, 'iv', 11), binding));
  });

  it('refuses a record moved to another id, table or profile', async () => {
    const key = await generateDataKey();
    const sealed = await encryptRecord(key, entry, binding);
    await expectTampered(decryptRecord(key, sealed, { ...binding, id: 'entry-2' }));
    await expectTampered(decryptRecord(key, sealed, { ...binding, table: 'responses' }));
    await expectTampered(decryptRecord(key, sealed, { ...binding, profileId: 'profile-b' }));
  });

  it("refuses a record sealed with another profile's key", async () => {
    const sealed = await encryptRecord(await generateDataKey(), entry, binding);
    await expectTampered(decryptRecord(await generateDataKey(), sealed, binding));
  });

  it('refuses a malformed record: short IV, truncated ciphertext, or missing fields', async () => {
    const key = await generateDataKey();
    const sealed = await encryptRecord(key, entry, binding);
    await expectTampered(decryptRecord(key, { ...sealed, iv: sealed.iv.subarray(0, 11) }, binding));
    await expectTampered(decryptRecord(key, { ...sealed, ciphertext: sealed.ciphertext.slice(0, 15) }, binding));
    await expectTampered(decryptRecord(key, { ...sealed, ciphertext: sealed.ciphertext.slice(0, 40) }, binding));
    await expectTampered(decryptRecord(key, { iv: sealed.iv } as unknown as EncryptedRecord, binding));
    await expectTampered(decryptRecord(key, { ...sealed, iv: 'AAAA' } as unknown as EncryptedRecord, binding));
  });
});
