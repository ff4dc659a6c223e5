/**
 * The coaching bench's shares: each leader's own (ids, text and scores of
 * their own), holding exactly what the scope says (marked journal entries
 * only, no drafts or preferences), at about 4,000 records a decade, so ten
 * leaders make the issue's ≈ 40,000; and a real Attune share file.
 */
import { describe, expect, it } from 'vitest';
import { buildHistory, DECADE, readHistoryContent } from './seed-history.ts';
import { plainTextOf } from '../e2e/support/file-bytes.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordCount, seededShare, sharedRecords, TAG_EVERY } from '../fixtures/coaching/seeded-share.ts';

const NOW = new Date('2026-12-03T12:00:00Z');
const content = readHistoryContent();
const SMALL = { assessments: 2, pulses: 4, journal: 30, journalChars: 200, practice: 3, intentions: 2, presence: 1 };

describe('seeded shares for the coaching bench', () => {
  it('gives each seed its own records, the same counts', () => {
    const first = buildHistory(content, NOW, SMALL, 0);
    const second = buildHistory(content, NOW, SMALL, 1);
    expect(second.journal).toHaveLength(first.journal.length);
    const ids = new Set(first.journal.map((row) => row.id));
    expect(second.journal.filter((row) => ids.has(row.id))).toEqual([]);
    expect(second.journal[0]!.payload.data.text).not.toBe(first.journal[0]!.payload.data.text);
    expect(buildHistory(content, NOW, SMALL, 1).journal.map((row) => row.id)).toEqual(second.journal.map((row) => row.id));
  });

  it('holds the marked journal entries only, every other kind whole, never drafts or preferences', () => {
    const history = buildHistory(content, NOW, SMALL, 4);
    const records = sharedRecords(history);
    expect(records.journal.map((entry) => entry.id)).toEqual(history.journal.filter((_, i) => i % TAG_EVERY === 0).map((row) => row.id));
    expect(records.journal.every((entry) => entry.shareWithCoach === true)).toBe(true);
    expect(records.responses).toHaveLength(history.responses.length);
    expect(records.practiceLog).toHaveLength(history.practiceLog.length);
    expect(records.drafts).toEqual([]);
    expect(records.preferences).toEqual([]);
  });

  it('makes about 4,000 records of a decade', () => {
    const count = recordCount(sharedRecords(buildHistory(content, NOW, DECADE, 0)));
    expect(count).toBeGreaterThan(3_800);
    expect(count).toBeLessThan(4_200);
  });

  it('writes a share file with the leader’s link id, encrypted when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeded-share-'));
    try {
      const a = await seededShare(content, { seed: 1, leaderName: 'Sam', now: NOW, size: SMALL, passphrase: 'a long enough passphrase' });
      const b = await seededShare(content, { seed: 2, leaderName: 'Jo', now: NOW, size: SMALL });
      expect(a.body.linkId).not.toBe(b.body.linkId);
      expect(a.body.linkId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const path = join(dir, 'a.json');
      writeFileSync(path, a.text);
      const plain = JSON.parse(await plainTextOf(path, 'a long enough passphrase')) as { kind: string; body: { linkId: string; leaderName: string } };
      expect(plain.kind).toBe('share');
      expect(plain.body.linkId).toBe(a.body.linkId);
      expect(plain.body.leaderName).toBe('Sam');
      expect(JSON.parse(b.text)).toMatchObject({ kind: 'share', body: { leaderName: 'Jo' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
