// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { BackupRecords } from './file-types.ts';
import { planMerge } from './merge-plan.ts';
import { sampleBackupBody } from './testing/sample-backup.ts';

function empty(): BackupRecords {
  return { responses: [], drafts: [], intentions: [], journal: [], practiceLog: [], weeklyReflections: [], preferences: [] };
}

/** Sequential fresh ids, as the app's crypto.randomUUID would give distinct ones. */
function ids() {
  let next = 0;
  return () => `fresh-${(next += 1)}`;
}

const zero = { responses: 0, drafts: 0, intentions: 0, journal: 0, practiceLog: 0, weeklyReflections: 0, preferences: 0 };

describe('planMerge', () => {
  it('adds every record of a file into an empty profile as it is', () => {
    const incoming = sampleBackupBody().records;
    const plan = planMerge(empty(), incoming, ids());
    expect(plan.add).toEqual(incoming);
    expect(plan.identical).toEqual(zero);
    expect(plan.keptBeside).toEqual(zero);
    expect(plan.notMerged).toEqual(zero);
  });

  it('skips records already here exactly as they are, whatever order their keys are in', () => {
    const existing = sampleBackupBody().records;
    const incoming = sampleBackupBody().records;
    const [journal] = incoming.journal;
    incoming.journal = [Object.fromEntries(Object.entries(journal!).reverse()) as typeof journal & object];
    const plan = planMerge(existing, incoming, ids());
    expect(plan.identical).toEqual({ responses: 2, drafts: 1, intentions: 1, journal: 1, practiceLog: 2, weeklyReflections: 1, preferences: 1 });
    expect(plan.add).toEqual(empty());
  });

  it('keeps a record with the same id but different content beside the one here, under a fresh id', () => {
    const existing = sampleBackupBody().records;
    const incoming = sampleBackupBody().records;
    incoming.practiceLog[1] = { ...incoming.practiceLog[1]!, note: 'Written on the other phone.' };
    const plan = planMerge(existing, incoming, ids());
    expect(plan.keptBeside.practiceLog).toBe(1);
    expect(plan.identical.practiceLog).toBe(1);
    expect(plan.add.practiceLog).toEqual([{ ...incoming.practiceLog[1], id: 'fresh-1' }]);
  });

  it('rewrites every reference among the incoming records to a record kept beside', () => {
    const existing = sampleBackupBody().records;
    const incoming = sampleBackupBody().records;
    // The incoming profile's response-1, intention-1, journal-1 and practice-1 differ from the ones here…
    incoming.responses[0] = { ...incoming.responses[0]!, completedAt: '2026-03-02T09:20:00.000Z' };
    incoming.intentions[0] = { ...incoming.intentions[0]!, text: 'Another intention.' };
    incoming.journal[0] = { ...incoming.journal[0]!, text: 'Another entry.' };
    incoming.practiceLog[0] = { ...incoming.practiceLog[0]!, note: 'Another note.' };
    incoming.responses[1] = { ...incoming.responses[1]!, startedAt: '2026-03-06T15:59:00.000Z' };
    // …and a new weekly reflection points at all of them.
    incoming.weeklyReflections[0] = { ...incoming.weeklyReflections[0]!, id: 'weekly-2' };
    const plan = planMerge(existing, incoming, ids());
    const newId = (list: ReadonlyArray<{ id: string }>) => list[0]!.id;
    const responseId = plan.add.responses.find((r) => r.completedAt === '2026-03-02T09:20:00.000Z')!.id;
    const pulseId = plan.add.responses.find((r) => r.startedAt === '2026-03-06T15:59:00.000Z')!.id;
    expect(plan.add.weeklyReflections).toEqual([
      {
        ...incoming.weeklyReflections[0],
        pulseResponseId: pulseId,
        practiceLogId: newId(plan.add.practiceLog),
        journalEntryId: newId(plan.add.journal),
        intentionId: newId(plan.add.intentions),
      },
    ]);
    expect(plan.add.journal[0]).toMatchObject({ responseId, intentionId: newId(plan.add.intentions) });
    expect(plan.add.intentions[0]).toMatchObject({ responseId });
    expect(new Set([responseId, pulseId, newId(plan.add.practiceLog), newId(plan.add.journal), newId(plan.add.intentions)]).size).toBe(5);
    expect(plan.keptBeside).toEqual({ ...zero, responses: 2, intentions: 1, journal: 1, practiceLog: 1 });
  });

  it('keeps the current draft and preferences when the file has different ones: they cannot sit beside', () => {
    const existing = sampleBackupBody().records;
    const incoming = sampleBackupBody().records;
    incoming.drafts[0] = { ...incoming.drafts[0]!, stepIndex: 2 };
    incoming.preferences[0] = { ...incoming.preferences[0]!, dueWeekday: 1 };
    const plan = planMerge(existing, incoming, ids());
    expect(plan.notMerged).toEqual({ ...zero, drafts: 1, preferences: 1 });
    expect(plan.add.drafts).toEqual([]);
    expect(plan.add.preferences).toEqual([]);
    expect(plan.keptBeside).toEqual(zero);
  });

  it('adds a draft and preferences when the profile has none', () => {
    const incoming = sampleBackupBody().records;
    const existing = { ...sampleBackupBody().records, drafts: [], preferences: [] };
    const plan = planMerge(existing, incoming, ids());
    expect(plan.add.drafts).toEqual(incoming.drafts);
    expect(plan.add.preferences).toEqual(incoming.preferences);
  });

  it('never changes its inputs', () => {
    const existing = sampleBackupBody().records;
    const incoming = sampleBackupBody().records;
    incoming.responses[0] = { ...incoming.responses[0]!, completedAt: '2026-03-02T09:20:00.000Z' };
    incoming.journal.push({ ...incoming.journal[0]!, id: 'journal-2' });
    const before = structuredClone({ existing, incoming });
    planMerge(existing, incoming, ids());
    expect({ existing, incoming }).toEqual(before);
  });
});
