// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { summariseBackup } from './file-summary.ts';
import { FILE_FORMAT } from './file-types.ts';
import type { OpenedFile } from './file-types.ts';
import { sampleBackupBody } from './testing/sample-backup.ts';

function opened(body = sampleBackupBody(), encrypted = false): OpenedFile {
  return {
    header: { format: FILE_FORMAT, formatVersion: 1, kind: 'backup', appVersion: '0.1.0', schemaVersion: 12, exportedAt: '2026-12-01T12:00:00.000Z', contentVersions: {} },
    body,
    encrypted,
  };
}

describe('summariseBackup', () => {
  it('counts every kind, and names who exported it, when and with which app', () => {
    const summary = summariseBackup(opened(undefined, true));
    expect(summary).toMatchObject({
      displayName: 'Sam on the ward',
      exportedAt: '2026-12-01T12:00:00.000Z',
      appVersion: '0.1.0',
      counts: { responses: 2, drafts: 1, intentions: 1, journal: 1, practiceLog: 2, weeklyReflections: 1, preferences: 1 },
      encrypted: true,
    });
  });

  it('gives the earliest and latest dates among the records, days and instants alike', () => {
    const summary = summariseBackup(opened());
    // The oldest is a practice logged on a day; the newest the draft's last change.
    expect(summary.from).toBe('2025-11-20');
    expect(summary.to).toBe('2026-03-09T08:03:00.000Z');
  });

  it('has no dates for an empty profile, and passes on what could not be read', () => {
    const body = sampleBackupBody();
    body.records = { responses: [], drafts: [], intentions: [], journal: [], practiceLog: [], weeklyReflections: [], preferences: [] };
    body.unreadable = { journal: 2 };
    const summary = summariseBackup(opened(body));
    expect(summary.from).toBeNull();
    expect(summary.to).toBeNull();
    expect(summary.unreadable).toEqual({ journal: 2 });
    expect(summary.encrypted).toBe(false);
  });
});
