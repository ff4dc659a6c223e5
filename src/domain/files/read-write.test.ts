// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MIN_PBKDF2_ITERATIONS } from '../crypto/kdf.ts';
import { FILE_FORMAT, FORMAT_VERSION } from './file-types.ts';
import type { ReadOptions } from './file-types.ts';
import { readAttuneFile } from './read-file.ts';
import { deriveKeyOnce, knowsSampleContent, SAMPLE_NOW, sampleBackupBody } from './testing/sample-backup.ts';
import { writeAttuneFile } from './write-file.ts';

const write = { appVersion: '0.1.0', schemaVersion: 12, now: SAMPLE_NOW };
const read: ReadOptions & { expectKind: 'backup' } = { expectKind: 'backup', knownContent: knowsSampleContent, now: SAMPLE_NOW, deriveKey: deriveKeyOnce };

describe('writeAttuneFile and readAttuneFile', () => {
  it('round-trips a plain backup: the same body, header and versions come back', async () => {
    const body = sampleBackupBody();
    const text = await writeAttuneFile('backup', body, write);
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(json).toMatchObject({ format: FILE_FORMAT, formatVersion: FORMAT_VERSION, kind: 'backup', appVersion: '0.1.0', schemaVersion: 12 });
    expect(json.exportedAt).toBe(SAMPLE_NOW.toISOString());
    expect(json.contentVersions).toEqual({ 'compassionate-leadership': [2], 'leadership-presence': [2], 'weekly-pulse': [2] });
    expect(json.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(text).not.toContain('\n');

    const result = await readAttuneFile(text, read);
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.file.body).toEqual(body);
    expect(result.file.encrypted).toBe(false);
    expect(result.file.header.contentVersions).toEqual(json.contentVersions);
  });

  it('reads the same file given as UTF-8 bytes, with or without a byte-order mark', async () => {
    const text = await writeAttuneFile('backup', sampleBackupBody(), write);
    const bytes = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect((await readAttuneFile(bytes, read)).ok).toBe(true);
    expect((await readAttuneFile(withBom, read)).ok).toBe(true);
  });

  it('round-trips an encrypted backup that shows nothing of the body and opens with its passphrase', async () => {
    const body = sampleBackupBody();
    const text = await writeAttuneFile('backup', body, { ...write, passphrase: 'correct horse battery', deriveKey: deriveKeyOnce });
    expect(text).not.toContain('Sam on the ward');
    expect(text).not.toContain('night team');
    expect(text).not.toContain('compassionate-leadership');
    const json = JSON.parse(text) as { encrypted: { kdf: { iterations: number } } };
    expect(json.encrypted.kdf.iterations).toBe(MIN_PBKDF2_ITERATIONS);

    const result = await readAttuneFile(text, { ...read, passphrase: 'correct horse battery' });
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.file.body).toEqual(body);
    expect(result.file.encrypted).toBe(true);
  });
});
