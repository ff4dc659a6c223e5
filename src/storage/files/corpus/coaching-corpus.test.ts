// @vitest-environment node
/**
 * Every file of the coaching corpus (coaching-corpus.ts), made from a real
 * share and a real coach's notes file (built by the file worker's code, as
 * the app builds them), is opened as the coach's and the leader's screens
 * open a chosen file (openAttuneFile on a Blob, expecting its kind): each
 * bad one refused for a reason its change allows, with a message; each good
 * one opened whole (exactly the real body where the checksum guarantees it);
 * nothing polluted.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { bodyChecksum, canonicalJson } from '../../../domain/files/canonical.ts';
import type * as FileCrypto from '../../../domain/files/file-crypto.ts';
import { RECORD_KINDS } from '../../../domain/files/file-types.ts';
import type { RecordKind } from '../../../domain/files/file-types.ts';
import { sampleNotesBody, sampleShareBody } from '../../../domain/files/testing/sample-share.ts';
import { finishFile, makeSmallFile, recordsInWorker } from '../file-worker-client.ts';
import { openAttuneFile } from '../open-file.ts';
import type { CorpusFile } from './hostile-corpus.ts';
import { coachingCorpus } from './coaching-corpus.ts';

vi.mock('../../../domain/files/file-crypto.ts', async (importOriginal) => {
  const original = await importOriginal<typeof FileCrypto>();
  const keys = new Map<string, Promise<CryptoKey>>();
  return {
    ...original,
    deriveFileKey: (passphrase: string, kdf: { iterations: number; salt: string }) => {
      const key = JSON.stringify([passphrase, kdf.iterations, kdf.salt]);
      if (!keys.has(key)) keys.set(key, original.deriveFileKey(passphrase, kdf));
      return keys.get(key)!;
    },
  };
});

// The sample's results are of questionnaire versions this app ships (compassionate-leadership 2, leadership-presence 2).
const NOW = new Date('2026-12-03T12:00:00.000Z');
const PASSPHRASE = 'a quiet walk by the river';
const write = { appVersion: '1.0.0', schemaVersion: 5, now: NOW };

async function makeShare(passphrase?: string): Promise<string> {
  const { records, ...rest } = sampleShareBody();
  const build = recordsInWorker();
  for (const kind of RECORD_KINDS) if (records[kind].length > 0) await build.append(kind, records[kind] as (typeof records)[RecordKind]);
  return (await finishFile(build, 'share', rest, { ...write, ...(passphrase ? { passphrase } : {}) })).text();
}

async function makeNotes(passphrase?: string): Promise<string> {
  return (await makeSmallFile('coach-notes', sampleNotesBody(), { ...write, ...(passphrase ? { passphrase } : {}) })).text();
}

function prototypeKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

describe('the coaching corpus', () => {
  const corpora: Record<'share' | 'coach-notes', CorpusFile[]> = { share: [], 'coach-notes': [] };

  beforeAll(async () => {
    corpora.share = await coachingCorpus({ kind: 'share', plain: await makeShare(), encrypted: await makeShare(PASSPHRASE), passphrase: PASSPHRASE, checksum: bodyChecksum });
    corpora['coach-notes'] = await coachingCorpus({ kind: 'coach-notes', plain: await makeNotes(), encrypted: await makeNotes(PASSPHRASE), passphrase: PASSPHRASE, checksum: bodyChecksum });
  }, 60_000);

  it.each([
    ['share', sampleShareBody],
    ['coach-notes', sampleNotesBody],
  ] as const)('refuses each bad %s file with a reason its change allows and a message, opens each good one whole, pollutes nothing', async (kind, sample) => {
    const before = prototypeKeys();
    const real = canonicalJson(sample());
    const outcomes = { refused: 0, opened: 0 };
    for (const file of corpora[kind]) {
      const result = await openAttuneFile(new Blob([file.bytes as Uint8Array<ArrayBuffer>]), { expectKind: kind, passphrase: file.passphrase, now: NOW });
      if (!result.ok) {
        outcomes.refused += 1;
        expect(file.expect.outcome, `${file.name}: refused (${result.rejection.reason}: ${result.rejection.detail ?? ''}) but must open`).not.toBe('accept');
        if (file.expect.outcome !== 'accept') expect(file.expect.reasons, `${file.name}: reason`).toContain(result.rejection.reason);
        expect(result.rejection.message.trim().length, `${file.name}: message`).toBeGreaterThan(20);
      } else {
        outcomes.opened += 1;
        expect(file.expect.outcome, `${file.name}: opened but must be refused`).not.toBe('reject');
        if (file.sameRecords) expect(canonicalJson(result.file.body), `${file.name}: body`).toBe(real);
      }
      expect(({} as Record<string, unknown>).polluted, file.name).toBeUndefined();
      expect(prototypeKeys(), file.name).toEqual(before);
    }
    expect(outcomes.refused).toBeGreaterThan(100);
    expect(outcomes.opened).toBeGreaterThanOrEqual(corpora[kind].filter((file) => file.expect.outcome === 'accept').length);
  }, 120_000);

  it('makes distinct files of every kind of attack for both kinds', () => {
    for (const kind of ['share', 'coach-notes'] as const) {
      const names = corpora[kind].map((file) => file.name);
      expect(new Set(names).size).toBe(names.length);
      for (const attack of ['flip', 'truncated', 'deleted (resealed)', '__proto__ key', 'nested', 'huge string', 'kind changed', 'link id', 'twice', 'valid:']) {
        expect(names.some((name) => name.includes(attack)), `${kind}: ${attack}`).toBe(true);
      }
    }
  });
});
