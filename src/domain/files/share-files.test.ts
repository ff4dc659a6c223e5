// @vitest-environment node
/**
 * Shares and coach's notes in the common file format: they round-trip plain
 * and encrypted, their bodies are held to their own schemas (refused as
 * 'invalid' with nothing opened), and a file opened in the wrong place says
 * what it is and where it opens.
 */
import { describe, expect, it } from 'vitest';
import type { CoachNotesBody, ShareBody } from '../coaching/coaching-types.ts';
import type { FileKind, ReadOptions, ReadResult, RejectionReason } from './file-types.ts';
import { MAX_NOTES } from './body-schemas.ts';
import { readAttuneFile } from './read-file.ts';
import { deriveKeyOnce, knowsSampleContent, SAMPLE_NOW, sampleBackupBody } from './testing/sample-backup.ts';
import { sampleNotesBody, sampleShareBody } from './testing/sample-share.ts';
import { writeAttuneFile } from './write-file.ts';

const write = { appVersion: '0.1.0', schemaVersion: 5, now: SAMPLE_NOW };
const PASSPHRASE = 'four calm words here';

function readAs<K extends FileKind>(kind: K, passphrase?: string): ReadOptions & { expectKind: K } {
  return { expectKind: kind, knownContent: knowsSampleContent, now: SAMPLE_NOW, deriveKey: deriveKeyOnce, ...(passphrase ? { passphrase } : {}) };
}

function reason(result: ReadResult<unknown>): RejectionReason | 'ok' {
  return result.ok ? 'ok' : result.rejection.reason;
}

async function share(change: (body: ShareBody) => void = () => {}): Promise<string> {
  const body = sampleShareBody();
  change(body);
  return writeAttuneFile('share', body, write);
}

async function notes(change: (body: CoachNotesBody) => void = () => {}): Promise<string> {
  const body = sampleNotesBody();
  change(body);
  return writeAttuneFile('coach-notes', body, write);
}

describe('share files', () => {
  it('round-trip plain: the body comes back as written, with its questionnaire versions in the header', async () => {
    const result = await readAttuneFile(await share(), readAs('share'));
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.file.body).toEqual(sampleShareBody());
    expect(result.file.header.kind).toBe('share');
    expect(result.file.header.contentVersions).toEqual({ 'compassionate-leadership': [2], 'leadership-presence': [2] });
    expect(result.file.encrypted).toBe(false);
  });

  it('round-trip encrypted, showing nothing of the body, and need the passphrase', async () => {
    const text = await writeAttuneFile('share', sampleShareBody(), { ...write, passphrase: PASSPHRASE, deriveKey: deriveKeyOnce });
    expect(text).not.toContain('Sam on the ward');
    expect(text).not.toContain('night team');
    expect(reason(await readAttuneFile(text, readAs('share')))).toBe('needs-passphrase');
    const result = await readAttuneFile(text, readAs('share', PASSPHRASE));
    expect(result.ok && result.file.body).toEqual(sampleShareBody());
    expect(result.ok && result.file.encrypted).toBe(true);
  });

  it.each<[string, (body: ShareBody) => void, string]>([
    ['a draft (never shared)', (b) => void b.records.drafts.push(sampleBackupBody().records.drafts[0]!), 'drafts: none allowed'],
    ['preferences (never shared)', (b) => void b.records.preferences.push(sampleBackupBody().records.preferences[0]!), 'preferences: none allowed'],
    ['a link id that is not a UUID', (b) => void (b.linkId = 'sam'), 'linkId'],
    ['a share id that is not a UUID', (b) => void (b.shareId = '../../etc'), 'shareId'],
    ['a time zone no device knows', (b) => void (b.timeZone = 'Mars/Olympus_Mons'), 'timeZone'],
    ['more than 1000 shares to withdraw', (b) => void (b.withdraw = Array.from({ length: 1_001 }, () => b.shareId)), 'withdraw'],
    ['a scope that is not one', (b) => void ((b.scope as { reflections: string }).reflections = 'everything'), 'scope.reflections'],
    ['an empty leader name', (b) => void (b.leaderName = '   '), 'leaderName'],
  ])('refuse as invalid: %s', async (_name, change, place) => {
    const result = await readAttuneFile(await share(change), readAs('share'));
    expect(reason(result)).toBe('invalid');
    expect(!result.ok && result.rejection.detail).toContain(place);
    expect(!result.ok && result.rejection.message).toMatch(/Nothing was changed\.$/);
  });

  it.each<[string, (body: ShareBody) => void, string]>([
    ['a written answer under scores only', (b) => void (b.records.responses[1]!.items[2] = { kind: 'text', itemId: 'presence-note', sectionId: 'presence', value: 'Words' }), 'result 2'],
    ['a note under scores only', (b) => void (b.records.responses[0]!.notes = { attending: 'Words' }), 'result 1'],
    ['an unmarked journal entry under tagged', (b) => void delete b.records.journal[0]!.shareWithCoach, 'journal entry 1'],
    ['journal entries under none', (b) => void (b.scope.journal = 'none'), 'journal entry 1'],
    ['results under none', (b) => void (b.scope = { ...b.scope, reflections: 'none' }), 'result 1'],
    ['practice when not chosen', (b) => void (b.scope.practice = false), 'practice log entry 1'],
    ['intentions when not chosen', (b) => void (b.scope.intentions = false), 'intention 1'],
  ])('refuse records outside the scope the file states: %s', async (_name, change, place) => {
    const result = await readAttuneFile(await share(change), readAs('share'));
    expect(reason(result)).toBe('invalid');
    expect(!result.ok && result.rejection.detail).toBe(place);
    expect(!result.ok && result.rejection.message).toContain('is outside what the file says it shares');
  });

  it('refuse two records with one id, and a questionnaire version this app lacks', async () => {
    const twice = await share((b) => b.records.practiceLog.push({ ...b.records.practiceLog[0]! }));
    expect(reason(await readAttuneFile(twice, readAs('share')))).toBe('duplicate-ids');
    expect(reason(await readAttuneFile(await share(), { ...readAs('share'), knownContent: () => false }))).toBe('unknown-content');
  });
});

describe("coach's notes files", () => {
  it('round-trip plain and encrypted', async () => {
    const plain = await readAttuneFile(await notes(), readAs('coach-notes'));
    expect(plain.ok && plain.file.body).toEqual(sampleNotesBody());
    expect(plain.ok && plain.file.header.contentVersions).toEqual({});
    const text = await writeAttuneFile('coach-notes', sampleNotesBody(), { ...write, passphrase: PASSPHRASE, deriveKey: deriveKeyOnce });
    expect(text).not.toContain('breathing');
    const opened = await readAttuneFile(text, readAs('coach-notes', PASSPHRASE));
    expect(opened.ok && opened.file.body).toEqual(sampleNotesBody());
  });

  it.each<[string, (body: CoachNotesBody) => void, string]>([
    [`more than ${MAX_NOTES} notes`, (b) => void (b.notes = Array.from({ length: MAX_NOTES + 1 }, (_, i) => ({ ...b.notes[0]!, id: `n${i}` }))), 'notes: too_big'],
    ['a note of more than 10,000 characters', (b) => void (b.notes[1]!.text = 'x'.repeat(10_001)), 'note 2: text'],
    ['an empty note', (b) => void (b.notes[0]!.text = ''), 'note 1: text'],
    ['an impossible date', (b) => void (b.notes[0]!.updatedAt = '2026-02-30T10:00:00.000Z'), 'note 1: updatedAt'],
    ['a link id that is not a UUID', (b) => void (b.linkId = 'someone'), 'linkId'],
    ['no coach name', (b) => void (b.coachName = ''), 'coachName'],
  ])('refuse as invalid: %s', async (_name, change, place) => {
    const result = await readAttuneFile(await notes(change), readAs('coach-notes'));
    expect(reason(result)).toBe('invalid');
    expect(!result.ok && result.rejection.detail).toBe(place);
  });

  it('refuse one note listed twice', async () => {
    const result = await readAttuneFile(await notes((b) => b.notes.push({ ...b.notes[0]! })), readAs('coach-notes'));
    expect(reason(result)).toBe('duplicate-ids');
    expect(!result.ok && result.rejection.detail).toBe('note 3: id used twice');
  });
});

describe('backups carry what coaching adds to a profile', () => {
  it("a journal entry's mark for the coach, the last scope shared and the link id survive a backup and restore", async () => {
    const body = sampleBackupBody();
    body.records.journal[0]!.shareWithCoach = true;
    const scope = { reflections: 'with-answers', journal: 'in-range', intentions: false, practice: true, from: '2026-01-01', to: null } as const;
    body.records.preferences[0] = { ...body.records.preferences[0]!, shareScope: scope, coachLinkId: sampleShareBody().linkId };
    const result = await readAttuneFile(await writeAttuneFile('backup', body, write), readAs('backup'));
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.file.body.records.journal[0]!.shareWithCoach).toBe(true);
    expect(result.file.body.records.preferences[0]).toMatchObject({ shareScope: scope, coachLinkId: sampleShareBody().linkId });
  });

  it('refuses a mark other than true, a scope date that does not exist and a link id that is not a UUID', async () => {
    const cases: Array<(body: ReturnType<typeof sampleBackupBody>) => void> = [
      (b) => void ((b.records.journal[0] as { shareWithCoach?: unknown }).shareWithCoach = 'yes'),
      (b) => void (b.records.preferences[0]!.shareScope = { ...sampleShareBody().scope, from: '2026-02-30' }),
      (b) => void (b.records.preferences[0]!.coachLinkId = 'not-a-uuid'),
    ];
    for (const change of cases) {
      const body = sampleBackupBody();
      change(body);
      expect(reason(await readAttuneFile(await writeAttuneFile('backup', body, write), readAs('backup')))).toBe('invalid');
    }
  });
});

describe('a file opened in the wrong place says what it is and where it opens', () => {
  const made: Record<FileKind, () => Promise<string>> = {
    backup: () => writeAttuneFile('backup', sampleBackupBody(), write),
    share: () => share(),
    'coach-notes': () => notes(),
  };
  it.each<[FileKind, FileKind, string]>([
    ['backup', 'share', 'This is a backup of a whole profile, not a share. To restore it, use Back up and restore. Nothing was changed.'],
    ['backup', 'coach-notes', 'This is a backup of a whole profile, not a file of notes from a coach. To restore it, use Back up and restore. Nothing was changed.'],
    ['share', 'backup', 'This is a share for a coach. Open it in a coaching profile, under Coaching. Nothing was changed.'],
    ['share', 'coach-notes', 'This is a share for a coach. Open it in a coaching profile, under Coaching. Nothing was changed.'],
    ['coach-notes', 'backup', 'This is a file of notes from a coach. Open it in the profile of the person they are for, under Share with a coach. Nothing was changed.'],
    ['coach-notes', 'share', 'This is a file of notes from a coach. Open it in the profile of the person they are for, under Share with a coach. Nothing was changed.'],
  ])('a %s opened where a %s is expected', async (found, expected, message) => {
    const result = await readAttuneFile(await made[found](), readAs(expected));
    expect(result).toEqual({ ok: false, rejection: { reason: 'wrong-kind', detail: `kind: ${found}`, message } });
  });

  it('an encrypted share opened as a restore is named before any passphrase is asked for', async () => {
    const text = await writeAttuneFile('share', sampleShareBody(), { ...write, passphrase: PASSPHRASE, deriveKey: deriveKeyOnce });
    const result = await readAttuneFile(text, readAs('backup'));
    expect(!result.ok && result.rejection.message).toContain('This is a share for a coach.');
  });
});
