// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_ENTRY_LENGTH, MAX_TAGS } from '../journal/entry.ts';
import { MAX_PRACTICE_SECONDS } from '../practice/practice-log.ts';
import type { BackupBody } from './file-types.ts';
import { isPlausibleDay, isPlausibleTimestamp, MAX_ITEMS, recordSchemas } from './record-schemas.ts';
import { SAMPLE_NOW, sampleBackupBody } from './testing/sample-backup.ts';

const schemas = recordSchemas(SAMPLE_NOW);

/** Whether the sample body, changed by `change`, passes the body schema. */
function passes(change: (body: BackupBody) => void): boolean {
  const body = sampleBackupBody();
  change(body);
  return schemas.body.safeParse(body).success;
}

describe('dates', () => {
  it('accepts ISO instants that exist, from 1970 (a phone whose clock was reset) to a day after now', () => {
    for (const ok of ['2026-03-02T09:00:00.000Z', '2000-01-01T00:00:00Z', '1970-01-01T00:00:00.000Z', '1999-12-30T00:00:00Z', '2026-12-02T11:59:59.999Z', '2024-02-29T12:00:00+05:30']) {
      expect(isPlausibleTimestamp(ok, SAMPLE_NOW)).toBe(true);
    }
  });

  it('refuses instants that do not exist, are out of range or are not ISO', () => {
    for (const bad of ['2026-02-30T09:00:00.000Z', '2025-02-29T00:00:00Z', '2026-13-01T00:00:00Z', '2026-03-02T24:00:00Z', '1969-12-30T00:00:00Z', '1899-12-31T23:00:00.000Z', '2026-12-02T12:00:01Z', '9999-01-01T00:00:00Z', '2026-03-02', 'March 2nd', '2026-03-02T09:00:00']) {
      expect(isPlausibleTimestamp(bad, SAMPLE_NOW)).toBe(false);
    }
  });

  it('accepts calendar days that exist and refuses the rest', () => {
    expect(isPlausibleDay('2024-02-29', SAMPLE_NOW)).toBe(true);
    expect(isPlausibleDay('2026-12-02', SAMPLE_NOW)).toBe(true);
    expect(isPlausibleDay('1970-01-01', SAMPLE_NOW)).toBe(true);
    for (const bad of ['2026-02-29', '2026-04-31', '2026-00-10', '1969-12-31', '2026-12-03', '2026-3-2', '2026-03-02T00:00:00Z']) {
      expect(isPlausibleDay(bad, SAMPLE_NOW)).toBe(false);
    }
  });
});

describe('the body schema', () => {
  it('accepts the sample, and drops keys it does not know (a later minor version)', () => {
    const body = sampleBackupBody();
    const withExtra = { ...body, later: 1, records: { ...body.records, journal: [{ ...body.records.journal[0]!, laterField: 'x' }] } };
    const parsed = schemas.body.parse(withExtra);
    expect(parsed).toEqual(body);
  });

  it('refuses a scale answer outside its response’s scale, or on a response without one', () => {
    expect(passes((b) => void (b.records.responses[0]!.items[0] = { kind: 'scale', itemId: 'x', sectionId: 'attending', reverse: false, value: 6 }))).toBe(false);
    expect(passes((b) => void (b.records.responses[0]!.items[0] = { kind: 'scale', itemId: 'x', sectionId: 'attending', reverse: false, value: 0 }))).toBe(false);
    expect(passes((b) => void (b.records.responses[0]!.items[0] = { kind: 'scale', itemId: 'x', sectionId: 'attending', reverse: false, value: 2.5 }))).toBe(false);
    expect(passes((b) => void (b.records.responses[0]!.scale = null))).toBe(false);
    expect(passes((b) => void (b.records.responses[0]!.scale = { min: 5, max: 1 }))).toBe(false);
    expect(passes((b) => void (b.records.responses[0]!.scale = { min: 0, max: 11 }))).toBe(false);
  });

  it('refuses a scale whose lowest answer is not below its highest', () => {
    const response = { ...sampleBackupBody().records.responses[0]!, items: [] };
    expect(schemas.response.safeParse({ ...response, scale: { min: 1, max: 2 } }).success).toBe(true);
    expect(schemas.response.safeParse({ ...response, scale: { min: 2, max: 2 } }).success).toBe(false);
  });

  it('refuses a paired rating outside the paired scale', () => {
    expect(passes((b) => void (b.records.responses[1]!.items[0] = { kind: 'paired', itemId: 'p', sectionId: 'presence', aim: 5, actual: 9 }))).toBe(false);
    expect(passes((b) => void (b.records.responses[1]!.pairedScale = null))).toBe(false);
  });

  it('bounds arrays and strings', () => {
    const item = { kind: 'scale', itemId: 'x', sectionId: 'attending', reverse: false, value: 3 } as const;
    expect(passes((b) => void (b.records.responses[0]!.items = Array.from({ length: MAX_ITEMS }, () => item)))).toBe(true);
    expect(passes((b) => void (b.records.responses[0]!.items = Array.from({ length: MAX_ITEMS + 1 }, () => item)))).toBe(false);
    expect(passes((b) => void (b.records.journal[0]!.text = 'a'.repeat(MAX_ENTRY_LENGTH)))).toBe(true);
    expect(passes((b) => void (b.records.journal[0]!.text = 'a'.repeat(MAX_ENTRY_LENGTH + 1)))).toBe(false);
    expect(passes((b) => void (b.records.journal[0]!.promptText = 'a'.repeat(2_001)))).toBe(false);
    expect(passes((b) => void (b.records.intentions[0]!.text = 'a'.repeat(2_001)))).toBe(false);
    expect(passes((b) => void (b.records.journal[0]!.id = 'a'.repeat(101)))).toBe(false);
    expect(passes((b) => void (b.records.journal[0]!.id = ''))).toBe(false);
    expect(passes((b) => void (b.profile.displayName = ' '))).toBe(false);
  });

  it('holds journal tags, elements, mood and energy to the app’s own rules', () => {
    expect(passes((b) => void (b.records.journal[0]!.tags = ['Handover']))).toBe(false);
    expect(passes((b) => void (b.records.journal[0]!.tags = ['#handover']))).toBe(false);
    expect(passes((b) => void (b.records.journal[0]!.tags = ['a', 'a']))).toBe(false);
    expect(passes((b) => void (b.records.journal[0]!.tags = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`)))).toBe(false);
    expect(passes((b) => void (b.records.journal[0]!.elements = ['attending', 'kindness' as never]))).toBe(false);
    expect(passes((b) => void (b.records.journal[0]!.mood = 6))).toBe(false);
    expect(passes((b) => void (b.records.journal[0]!.energy = 0))).toBe(false);
  });

  it('holds practice lengths to MAX_PRACTICE_SECONDS and minutes close to the seconds', () => {
    expect(passes((b) => void Object.assign(b.records.practiceLog[0]!, { seconds: MAX_PRACTICE_SECONDS, minutes: 120 }))).toBe(true);
    expect(passes((b) => void Object.assign(b.records.practiceLog[0]!, { seconds: MAX_PRACTICE_SECONDS + 1, minutes: 120 }))).toBe(false);
    expect(passes((b) => void Object.assign(b.records.practiceLog[0]!, { seconds: 30, minutes: 90 }))).toBe(false);
    expect(passes((b) => void Object.assign(b.records.practiceLog[0]!, { seconds: -1, minutes: 0 }))).toBe(false);
    // An old record with only minutes, rounded up to at least one.
    expect(passes((b) => void (b.records.practiceLog[1]!.minutes = 121))).toBe(false);
  });

  it('holds enums to the domain’s values', () => {
    expect(passes((b) => void (b.records.intentions[0]!.followUp = { outcome: 'maybe' as never, note: '', answeredAt: '2026-03-09T08:10:00.000Z' }))).toBe(false);
    expect(passes((b) => void (b.records.intentions[0]!.source = 'coach' as never))).toBe(false);
    expect(passes((b) => void (b.records.weeklyReflections[0]!.step = 'done' as never))).toBe(false);
    expect(passes((b) => void (b.records.preferences[0]!.progressRange = 'decade' as never))).toBe(false);
    expect(passes((b) => void (b.records.preferences[0]!.dueWeekday = 8))).toBe(false);
    expect(passes((b) => void (b.records.preferences[0]!.reminder = { weekday: 1, time: '25:00', uid: 'u', sequence: 0 }))).toBe(false);
    expect(passes((b) => void b.records.preferences.push({ ...b.records.preferences[0]! }))).toBe(false);
  });

  it('keeps the backup reminder interval of the preferences, within a year', () => {
    const body = sampleBackupBody();
    const preferences = { ...body.records.preferences[0]!, backupReminderDays: 30 };
    expect(schemas.preferences.parse(preferences)).toEqual(preferences);
    expect(schemas.preferences.safeParse({ ...preferences, backupReminderDays: 0 }).success).toBe(true);
    expect(schemas.preferences.safeParse({ ...preferences, backupReminderDays: 1e9 }).success).toBe(false);
    expect(schemas.preferences.safeParse({ ...preferences, backupReminderDays: 1.5 }).success).toBe(false);
  });

  it('refuses impossible dates in every kind of record', () => {
    expect(passes((b) => void (b.records.responses[0]!.completedAt = '2026-02-30T09:00:00.000Z'))).toBe(false);
    expect(passes((b) => void (b.records.drafts[0]!.updatedAt = '2031-01-01T00:00:00.000Z'))).toBe(false);
    expect(passes((b) => void (b.records.intentions[0]!.createdAt = '1969-06-01T00:00:00.000Z'))).toBe(false);
    expect(passes((b) => void (b.records.journal[0]!.localDate = '2026-02-31'))).toBe(false);
    expect(passes((b) => void (b.records.practiceLog[0]!.date = '2026-12-31'))).toBe(false);
    expect(passes((b) => void (b.records.weeklyReflections[0]!.weekOf = 'last week'))).toBe(false);
  });
});
