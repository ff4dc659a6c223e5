import { describe, expect, it } from 'vitest';
import type { BackupRecords } from '../files/file-types.ts';
import { sampleBackupBody } from '../files/testing/sample-backup.ts';
import type { ShareScope } from './coaching-types.ts';
import { DEFAULT_SHARE_SCOPE } from './coaching-types.ts';
import { selectForShare } from './select-for-share.ts';

const context = { today: '2026-12-01', timeZone: 'Europe/London' };

/** The sample profile, with one journal entry marked for the coach and one not. */
function records(): BackupRecords {
  const base = sampleBackupBody().records;
  return {
    ...base,
    journal: [
      { ...base.journal[0]!, id: 'tagged', shareWithCoach: true, text: 'For my coach: the rota talk went well.' },
      { ...base.journal[0]!, id: 'private', text: 'CANARY private thoughts about the ward.' },
    ],
  };
}

const scope = (changes: Partial<ShareScope>): ShareScope => ({ ...DEFAULT_SHARE_SCOPE, ...changes });

describe('selectForShare', () => {
  it('never shares drafts or preferences, whatever the scope', () => {
    const chosen = selectForShare(records(), scope({ reflections: 'with-answers', journal: 'in-range' }), context);
    expect(chosen.drafts).toEqual([]);
    expect(chosen.preferences).toEqual([]);
  });

  it("with journal 'tagged' shares only the entries marked for the coach: untagged text is absent", () => {
    const chosen = selectForShare(records(), scope({ journal: 'tagged' }), context);
    expect(chosen.journal!.map((entry) => entry.id)).toEqual(['tagged']);
    expect(JSON.stringify(chosen)).not.toContain('CANARY');
  });

  it("with journal 'in-range' shares every entry in range, and with 'none' none", () => {
    expect(selectForShare(records(), scope({ journal: 'in-range' }), context).journal!.map((entry) => entry.id)).toEqual(['tagged', 'private']);
    expect(selectForShare(records(), scope({ journal: 'none' }), context).journal).toEqual([]);
  });

  it("with reflections 'scores' empties every written answer and drops the notes, keeping scale, paired and choice answers", () => {
    const chosen = selectForShare(records(), scope({ reflections: 'scores' }), context);
    const text = JSON.stringify(chosen.responses);
    expect(text).not.toContain('A busy week.');
    expect(text).not.toContain('Listening without rushing');
    const presence = chosen.responses!.find((response) => response.id === 'response-2')!;
    expect(presence.items).toEqual([
      { kind: 'paired', itemId: 'presence-1', sectionId: 'presence', aim: 5, actual: 3 },
      { kind: 'choice', itemId: 'presence-theme', sectionId: 'presence', value: 'calm' },
      { kind: 'text', itemId: 'presence-note', sectionId: 'presence', value: null },
    ]);
    expect(chosen.responses!.every((response) => Object.keys(response.notes).length === 0)).toBe(true);
    expect(chosen.weeklyReflections!.map((weekly) => weekly.id)).toEqual(['weekly-1']);
  });

  it("with reflections 'with-answers' shares results whole, and the input is never changed", () => {
    const input = records();
    const before = JSON.stringify(input);
    selectForShare(input, scope({ reflections: 'scores' }), context);
    expect(JSON.stringify(input)).toBe(before);
    expect(selectForShare(input, scope({ reflections: 'with-answers' }), context).responses).toEqual(input.responses);
  });

  it("with reflections 'none' shares no results and no weekly reflections", () => {
    const chosen = selectForShare(records(), scope({ reflections: 'none' }), context);
    expect(chosen.responses).toEqual([]);
    expect(chosen.weeklyReflections).toEqual([]);
  });

  it('leaves out a weekly reflection still under way (a draft)', () => {
    const input = records();
    input.weeklyReflections.push({ ...input.weeklyReflections[0]!, id: 'weekly-open', completedAt: null });
    expect(selectForShare(input, scope({}), context).weeklyReflections!.map((weekly) => weekly.id)).toEqual(['weekly-1']);
  });

  it('shares intentions with their outcomes and the practice log only when chosen', () => {
    const yes = selectForShare(records(), scope({ intentions: true, practice: true }), context);
    expect(yes.intentions![0]!.followUp?.note).toBe('Managed it on three days.');
    expect(yes.practiceLog).toHaveLength(2);
    const no = selectForShare(records(), scope({ intentions: false, practice: false }), context);
    expect(no.intentions).toEqual([]);
    expect(no.practiceLog).toEqual([]);
  });

  it('applies the date range to every kind, both ends included', () => {
    const chosen = selectForShare(records(), scope({ journal: 'in-range', from: '2026-03-03', to: '2026-03-06' }), context);
    // response-1 (2 March) out, response-2 (6 March) in; journal on 2 March out; practice on 3 March in, on 20 Nov 2025 out;
    // the intention set on 2 March out; the weekly reflection for the week of 2 March out (judged by its Monday).
    expect(chosen.responses!.map((r) => r.id)).toEqual(['response-2']);
    expect(chosen.journal).toEqual([]);
    expect(chosen.practiceLog!.map((p) => p.id)).toEqual(['practice-1']);
    expect(chosen.intentions).toEqual([]);
    expect(chosen.weeklyReflections).toEqual([]);
    const edges = selectForShare(records(), scope({ journal: 'in-range', from: '2026-03-02', to: '2026-03-02' }), context);
    expect(edges.journal!.map((entry) => entry.id)).toEqual(['tagged', 'private']);
    expect(edges.responses!.map((r) => r.id)).toEqual(['response-1']);
    expect(edges.weeklyReflections!.map((w) => w.id)).toEqual(['weekly-1']);
  });

  it("dates results and intentions by the leader's time zone, not the device's", () => {
    const input = records();
    // 23:30 on 2 March in London is already 3 March in Auckland (UTC+13).
    input.responses[0] = { ...input.responses[0]!, completedAt: '2026-03-02T23:30:00.000Z' };
    input.intentions[0] = { ...input.intentions[0]!, createdAt: '2026-03-02T23:30:00.000Z' };
    const march3 = scope({ from: '2026-03-03', to: '2026-03-03' });
    const london = selectForShare(input, march3, { ...context, timeZone: 'Europe/London' });
    const auckland = selectForShare(input, march3, { ...context, timeZone: 'Pacific/Auckland' });
    expect(london.responses!.map((r) => r.id)).toEqual([]);
    expect(auckland.responses!.map((r) => r.id)).toEqual(['response-1']);
    expect(london.intentions).toEqual([]);
    expect(auckland.intentions!.map((i) => i.id)).toEqual(['intention-1']);
  });

  it('works on one kind at a time: kinds not given stay absent', () => {
    const chosen = selectForShare({ practiceLog: records().practiceLog }, scope({}), context);
    expect(Object.keys(chosen)).toEqual(['practiceLog']);
  });
});
