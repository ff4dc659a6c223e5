// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { encryptedFileSchema, headerSchema, plainFileSchema, readFormatVersion } from './envelope.ts';
import { FILE_FORMAT } from './file-types.ts';
import { SAMPLE_NOW, sampleBackupBody } from './testing/sample-backup.ts';
import { writeAttuneFile } from './write-file.ts';

const header = { format: FILE_FORMAT, formatVersion: 1, kind: 'backup', appVersion: '0.1.0', schemaVersion: 12, exportedAt: '2026-12-01T12:00:00.000Z' };

describe('readFormatVersion', () => {
  it('reads the version of anything naming our format, however the rest looks', () => {
    expect(readFormatVersion({ format: FILE_FORMAT, formatVersion: 7, whatever: [] })).toBe(7);
    expect(readFormatVersion({ format: FILE_FORMAT, formatVersion: '2' })).toBeNaN();
    expect(readFormatVersion({ format: FILE_FORMAT })).toBeNaN();
  });

  it('calls anything else not an Attune file', () => {
    for (const json of [null, 3, 'attune-file', [{ format: FILE_FORMAT }], { format: 'other', formatVersion: 1 }, {}]) {
      expect(readFormatVersion(json)).toBe('not-attune');
    }
  });
});

describe('the envelope schemas', () => {
  it('accept what writeAttuneFile writes', async () => {
    const plain = JSON.parse(await writeAttuneFile('backup', sampleBackupBody(), { appVersion: '0.1.0', schemaVersion: 12, now: SAMPLE_NOW })) as unknown;
    expect(plainFileSchema(SAMPLE_NOW).safeParse(plain).success).toBe(true);
    expect(headerSchema(SAMPLE_NOW).safeParse(plain).success).toBe(true);
  });

  it('hold the format name, a whole version from 1, a known kind and a plausible export date', () => {
    const schema = headerSchema(SAMPLE_NOW);
    const ok = { ...header, contentVersions: { 'weekly-pulse': [1, 2] } };
    expect(schema.safeParse(ok).success).toBe(true);
    // A device whose clock ran ahead (up to a year) made the file: still accepted.
    expect(schema.safeParse({ ...ok, exportedAt: '2027-11-30T00:00:00.000Z' }).success).toBe(true);
    for (const bad of [
      { ...ok, format: 'attune' },
      { ...ok, formatVersion: 0 },
      { ...ok, formatVersion: 1.5 },
      { ...ok, kind: 'everything' },
      { ...ok, exportedAt: '2027-12-03T00:00:00.000Z' }, // more than a year and a day after now
      { ...ok, exportedAt: '1969-06-01T00:00:00.000Z' },
      { ...ok, exportedAt: 'yesterday' },
      { ...ok, contentVersions: { 'weekly-pulse': [0] } },
      { ...ok, appVersion: 'x'.repeat(51) },
    ]) {
      expect(schema.safeParse(bad).success).toBe(false);
    }
  });

  it('need the encrypted part whole', () => {
    const schema = encryptedFileSchema(SAMPLE_NOW);
    const part = { cipher: 'AES-GCM-256', kdf: { name: 'PBKDF2-SHA256', iterations: 600_000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' }, iv: 'AAAAAAAAAAAAAAAA', check: { iv: 'AAAAAAAAAAAAAAAA', ciphertext: 'AA==' }, ciphertext: 'AA==' };
    expect(schema.safeParse({ ...header, encrypted: part }).success).toBe(true);
    expect(schema.safeParse({ ...header, encrypted: { ...part, cipher: 'AES-CBC' } }).success).toBe(false);
    expect(schema.safeParse({ ...header, encrypted: { ...part, check: undefined } }).success).toBe(false);
  });
});
