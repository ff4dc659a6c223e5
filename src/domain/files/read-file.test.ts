// @vitest-environment node
/**
 * Every reason readAttuneFile refuses a file, each shown with a file of its
 * own, and the messages a person sees.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_PBKDF2_ITERATIONS } from '../crypto/kdf.ts';
import { bodyChecksum } from './canonical.ts';
import { deriveFileKey, encryptFileText } from './file-crypto.ts';
import { MAX_FILE_BYTES } from './file-types.ts';
import type { BackupBody, ReadOptions, ReadResult, RejectionReason } from './file-types.ts';
import { readAttuneFile } from './read-file.ts';
import { REJECTION_MESSAGES } from './rejections.ts';
import { deriveKeyOnce, knowsSampleContent, SAMPLE_NOW, sampleBackupBody } from './testing/sample-backup.ts';
import { writeAttuneFile } from './write-file.ts';

const write = { appVersion: '0.1.0', schemaVersion: 12, now: SAMPLE_NOW };
const read: ReadOptions & { expectKind: 'backup' } = { expectKind: 'backup', knownContent: knowsSampleContent, now: SAMPLE_NOW, deriveKey: deriveKeyOnce };
const PASSPHRASE = 'four calm words here';

/** A plain backup of the sample, changed first by `change` (its checksum is made over the changed body). */
async function plainFile(change: (body: BackupBody) => void = () => {}): Promise<string> {
  const body = sampleBackupBody();
  change(body);
  return writeAttuneFile('backup', body, write);
}

function reason(result: ReadResult): RejectionReason | 'ok' {
  return result.ok ? 'ok' : result.rejection.reason;
}

let plain: string;
let encrypted: string;
beforeAll(async () => {
  plain = await plainFile();
  encrypted = await writeAttuneFile('backup', sampleBackupBody(), { ...write, passphrase: PASSPHRASE, deriveKey: deriveKeyOnce });
});

describe('readAttuneFile refuses', () => {
  it('too-large: a file over the limit, before reading it', async () => {
    const result = await readAttuneFile(new Uint8Array(MAX_FILE_BYTES + 1), read);
    expect(reason(result)).toBe('too-large');
  });

  it.each([
    ['plain text', 'Minutes of the team meeting'],
    ['JSON of another kind', '{"name":"rota","weeks":[1,2,3]}'],
    ['a JSON array', '[{"format":"attune-file"}]'],
    ['another format name', '{"format":"attune-backup","formatVersion":1}'],
    ['an empty file', ''],
  ])('not-attune: %s', async (_name, text) => {
    expect(reason(await readAttuneFile(text, read))).toBe('not-attune');
  });

  it('truncated: a backup cut off part way', async () => {
    for (const fraction of [0.1, 0.5, 0.99]) {
      expect(reason(await readAttuneFile(plain.slice(0, Math.floor(plain.length * fraction)), read))).toBe('truncated');
    }
    expect(reason(await readAttuneFile(encrypted.slice(0, encrypted.length - 3), read))).toBe('truncated');
  });

  it('newer-format: a file from a newer app, whatever else it holds, saying to update Attune', async () => {
    const newer = JSON.stringify({ format: 'attune-file', formatVersion: 2, kind: 'backup', somethingNew: { shape: 'unknown' } });
    const result = await readAttuneFile(newer, read);
    expect(reason(result)).toBe('newer-format');
    expect(!result.ok && result.rejection.message).toContain('update Attune to open this file');
  });

  it('wrong-kind: a shared file opened as a backup, plain or encrypted', async () => {
    const share = await writeAttuneFile('share', sampleBackupBody(), write);
    const result = await readAttuneFile(share, read);
    expect(reason(result)).toBe('wrong-kind');
    expect(!result.ok && result.rejection.message).toBe('This is a share for a coach. Open it in a coaching profile, under Coaching. Nothing was changed.');
    const outer = JSON.parse(encrypted) as Record<string, unknown>;
    expect(reason(await readAttuneFile(JSON.stringify({ ...outer, kind: 'share' }), { ...read, passphrase: PASSPHRASE }))).toBe('wrong-kind');
  });

  it('needs-passphrase: an encrypted file with no passphrase given', async () => {
    expect(reason(await readAttuneFile(encrypted, read))).toBe('needs-passphrase');
    expect(reason(await readAttuneFile(encrypted, { ...read, passphrase: '' }))).toBe('needs-passphrase');
  });

  it('wrong-passphrase', async () => {
    const result = await readAttuneFile(encrypted, { ...read, passphrase: 'four calm words there', deriveKey: deriveFileKey });
    expect(reason(result)).toBe('wrong-passphrase');
    expect(!result.ok && result.rejection.message).toBe(REJECTION_MESSAGES['wrong-passphrase']);
  });

  it('damaged: a changed byte in a plain body (checksum), or in the ciphertext (GCM tag)', async () => {
    const flipped = plain.replace('asked what would help', 'asked what would hel!');
    expect(flipped).not.toBe(plain);
    expect(reason(await readAttuneFile(flipped, read))).toBe('damaged');
    const outer = JSON.parse(encrypted) as { encrypted: { ciphertext: string } };
    const ciphertext = outer.encrypted.ciphertext;
    const at = Math.floor(ciphertext.length / 2);
    const swapped = ciphertext[at] === 'A' ? 'B' : 'A';
    outer.encrypted.ciphertext = ciphertext.slice(0, at) + swapped + ciphertext.slice(at + 1);
    expect(reason(await readAttuneFile(JSON.stringify(outer), { ...read, passphrase: PASSPHRASE }))).toBe('damaged');
  });

  it('damaged: an encrypted file whose outer details were changed', async () => {
    const outer = JSON.parse(encrypted) as Record<string, unknown>;
    const changed = JSON.stringify({ ...outer, exportedAt: '2026-01-01T00:00:00.000Z' });
    expect(reason(await readAttuneFile(changed, { ...read, passphrase: PASSPHRASE }))).toBe('damaged');
  });

  it('too-deep: nesting thousands deep in the body', async () => {
    const deep = plain.replace('"unreadable":{}', `"unreadable":{},"x":${'['.repeat(5000)}${']'.repeat(5000)}`);
    expect(reason(await readAttuneFile(deep, read))).toBe('too-deep');
  });

  it('forbidden-key: __proto__, constructor or prototype as a key anywhere', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = plain.replace('"unreadable":{}', `"unreadable":{"${key}":{"polluted":"yes"}}`);
      expect(reason(await readAttuneFile(text, read))).toBe('forbidden-key');
    }
  });

  it('kdf-out-of-range: key-derivation set absurdly high, without deriving', async () => {
    const outer = JSON.parse(encrypted) as { encrypted: { kdf: { iterations: number } } };
    outer.encrypted.kdf.iterations = MAX_PBKDF2_ITERATIONS * 1000;
    const deriveKey = vi.fn(deriveFileKey);
    const result = await readAttuneFile(JSON.stringify(outer), { ...read, passphrase: PASSPHRASE, deriveKey });
    expect(reason(result)).toBe('kdf-out-of-range');
    expect(deriveKey).not.toHaveBeenCalled();
  });

  it('kdf-out-of-range before needs-passphrase: a file no passphrase could open is refused without asking for one', async () => {
    const outer = JSON.parse(encrypted) as { encrypted: { kdf: { iterations: number } } };
    outer.encrypted.kdf.iterations = MAX_PBKDF2_ITERATIONS * 1000;
    expect(reason(await readAttuneFile(JSON.stringify(outer), read))).toBe('kdf-out-of-range');
    expect(reason(await readAttuneFile(JSON.stringify(outer), { ...read, passphrase: '' }))).toBe('kdf-out-of-range');
  });

  it('kdf-out-of-range: key-derivation parameters of the wrong type or size', async () => {
    const changes: Array<(outer: { encrypted: { kdf: Record<string, unknown>; iv: unknown; check: { iv: unknown } } }) => void> = [
      (outer) => (outer.encrypted.kdf.iterations = '1e100'),
      (outer) => (outer.encrypted.kdf.salt = 'A'.repeat(10_000)),
      (outer) => (outer.encrypted.iv = 42),
      (outer) => (outer.encrypted.check.iv = 'A'.repeat(10_000)),
    ];
    for (const change of changes) {
      const outer = JSON.parse(encrypted) as Parameters<(typeof changes)[number]>[0];
      change(outer);
      expect(reason(await readAttuneFile(JSON.stringify(outer), { ...read, passphrase: PASSPHRASE }))).toBe('kdf-out-of-range');
    }
  });

  it('forbidden-key and too-deep inside an encrypted file, sealed with its passphrase', async () => {
    const header = { format: 'attune-file', formatVersion: 1, kind: 'backup' } as const;
    const outer = JSON.parse(encrypted) as { encrypted: { kdf: { iterations: number; salt: string } } };
    // Sealed under the key of the file's own parameters, which then replace the fresh ones.
    const { kdf } = outer.encrypted;
    const deriveKey = () => deriveKeyOnce(PASSPHRASE, kdf);
    for (const [inner, expected] of [
      [plain.replace('"unreadable":{}', '"unreadable":{"__proto__":{"polluted":"yes"}}'), 'forbidden-key'],
      [plain.replace('"unreadable":{}', `"unreadable":{},"x":${'['.repeat(100)}${']'.repeat(100)}`), 'too-deep'],
      [plain.slice(0, 100), 'damaged'],
    ] as const) {
      const part = await encryptFileText(inner, PASSPHRASE, header, { deriveKey });
      const file = JSON.stringify({ ...outer, encrypted: { ...part, kdf } });
      expect(reason(await readAttuneFile(file, { ...read, passphrase: PASSPHRASE }))).toBe(expected);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('duplicate-ids: two records of one kind with one id', async () => {
    const text = await plainFile((b) => b.records.journal.push({ ...b.records.journal[0]!, text: 'A second entry with the first one’s id.' }));
    const result = await readAttuneFile(text, read);
    expect(reason(result)).toBe('duplicate-ids');
    expect(!result.ok && result.rejection.detail).toBe('journal entry 2: id used twice');
  });

  it('unknown-content: a questionnaire version this app does not have, saying to update Attune', async () => {
    const result = await readAttuneFile(plain, { ...read, knownContent: (id, version) => !(id === 'leadership-presence' && version === 2) });
    expect(reason(result)).toBe('unknown-content');
    expect(!result.ok && result.rejection.message).toContain('update Attune to open this file');
    const draft = await readAttuneFile(plain, { ...read, knownContent: (id) => id !== 'weekly-pulse' });
    expect(reason(draft)).toBe('unknown-content');
  });

  it('invalid: an impossible date, named in human words, saying nothing was changed', async () => {
    const result = await readAttuneFile(await plainFile((b) => (b.records.journal[0]!.createdAt = '2026-02-30T20:00:00.000Z')), read);
    expect(result).toEqual({
      ok: false,
      rejection: {
        reason: 'invalid',
        message: 'A journal entry in this file has a date that cannot be right. Nothing was changed.',
        detail: 'journal entry 1: createdAt',
      },
    });
  });

  it.each<[string, (b: BackupBody) => void, string]>([
    ['an out-of-range score', (b) => void (b.records.responses[0]!.items[2] = { kind: 'scale', itemId: 'h', sectionId: 'helping', reverse: false, value: 9 }), 'A result in this file has an answer outside its scale.'],
    ['a string of megabytes', (b) => void (b.records.practiceLog[1]!.note = 'x'.repeat(3_000_000)), 'A practice log entry in this file holds more text than Attune allows.'],
    ['a date in the future', (b) => void (b.records.weeklyReflections[0]!.weekOf = '2027-03-01'), 'A weekly reflection in this file has a date that cannot be right.'],
    ['a mood of 7', (b) => void (b.records.journal[0]!.mood = 7), 'A journal entry in this file has an answer that cannot be right.'],
    ['a missing field', (b) => void delete (b.records.intentions[0] as Partial<(typeof b.records.intentions)[number]>).source, 'An intention in this file is missing something or has something in the wrong form.'],
  ])('invalid: %s', async (_name, change, message) => {
    const result = await readAttuneFile(await plainFile(change), read);
    expect(reason(result)).toBe('invalid');
    expect(!result.ok && result.rejection.message).toBe(`${message} Nothing was changed.`);
  });

  it('invalid: an envelope that is not right (no checksum, a format version that is not whole)', async () => {
    const json = JSON.parse(plain) as Record<string, unknown>;
    expect(reason(await readAttuneFile(JSON.stringify({ ...json, sha256: undefined }), read))).toBe('invalid');
    expect(reason(await readAttuneFile(JSON.stringify({ ...json, formatVersion: 0.5 }), read))).toBe('invalid');
    expect(reason(await readAttuneFile(JSON.stringify({ ...json, exportedAt: '2099-01-01T00:00:00.000Z' }), read))).toBe('invalid');
  });

  it('never throws, and never puts what a person wrote into the detail', async () => {
    const secret = 'my private words';
    const inputs = [
      await plainFile((b) => (b.records.journal[0]!.tags = [secret.toUpperCase()])),
      await plainFile((b) => (b.records.journal[0]!.localDate = secret)),
      await plainFile((b) => (b.records.intentions[0]!.text = secret.repeat(200))),
      JSON.stringify({ format: 'attune-file', formatVersion: 1, kind: secret }),
    ];
    for (const input of inputs) {
      const result = await readAttuneFile(input, read);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toContain('private');
    }
  });
});

describe('devices whose clocks were wrong', () => {
  const DAY = 86_400_000;
  const ahead = (days: number) => new Date(SAMPLE_NOW.getTime() + days * DAY);

  it('restores a file made on a device a week ahead (its records dated then) on a device whose clock is right', async () => {
    const body = sampleBackupBody();
    body.records.journal[0]!.createdAt = ahead(6).toISOString();
    body.records.practiceLog[0]!.date = ahead(6).toISOString().slice(0, 10);
    const text = await writeAttuneFile('backup', body, { ...write, now: ahead(7) });
    expect(reason(await readAttuneFile(text, read))).toBe('ok');
  });

  it('restores records a phone with its clock reset to 1970 wrote', async () => {
    const text = await plainFile((b) => {
      b.records.journal[0]!.createdAt = '1970-01-01T00:03:00.000Z';
      b.records.journal[0]!.localDate = '1970-01-01';
    });
    expect(reason(await readAttuneFile(text, read))).toBe('ok');
  });

  it('still refuses a record more than a day after both clocks, an exportedAt more than a year ahead, and dates in 9999 or 1899', async () => {
    const late = sampleBackupBody();
    late.records.journal[0]!.createdAt = ahead(9).toISOString();
    expect(reason(await readAttuneFile(await writeAttuneFile('backup', late, { ...write, now: ahead(7) }), read))).toBe('invalid');
    expect(reason(await readAttuneFile(await writeAttuneFile('backup', sampleBackupBody(), { ...write, now: ahead(367) }), read))).toBe('invalid');
    expect(reason(await readAttuneFile(await writeAttuneFile('backup', sampleBackupBody(), { ...write, now: ahead(360) }), read))).toBe('ok');
    for (const date of ['9999-01-01T00:00:00.000Z', '1899-12-31T23:00:00.000Z']) {
      expect(reason(await readAttuneFile(await plainFile((b) => (b.records.journal[0]!.createdAt = date)), read))).toBe('invalid');
    }
  });
});

describe('reading hostile keys leaves every prototype untouched', () => {
  it('({}).polluted stays undefined and Object.prototype keeps its own keys', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const attacks = [
      plain.replace('"unreadable":{}', '"unreadable":{"__proto__":{"polluted":"yes"}}'),
      plain.replace('"answers":{', '"answers":{"__proto__":{"polluted":"yes"},'),
      plain.replace('"notes":{}', '"notes":{"constructor":{"prototype":{"polluted":"yes"}}}'),
      `{"__proto__":{"polluted":"yes"},${plain.slice(1)}`,
      plain.replace('"unreadable":{}', '"unreadable":{"\\u005f_proto__":{"polluted":"yes"}}'),
    ];
    for (const attack of attacks) {
      expect(reason(await readAttuneFile(attack, read))).toBe('forbidden-key');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it('a restored body is made of plain objects with Object.prototype, even for maps keyed by the file', async () => {
    const result = await readAttuneFile(plain, read);
    if (!result.ok) throw new Error(result.rejection.message);
    const { answers } = result.file.body.records.drafts[0]!;
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
    expect(await bodyChecksum(result.file.body)).toBe(JSON.parse(plain).sha256);
  });
});
