// @vitest-environment node
/**
 * Every file format version Attune ever wrote keeps opening: a frozen plain
 * and encrypted file of each kind per version (tests/fixtures/files/; shares
 * and coach's notes from format 1 on, since issue 14), opened with today's
 * reader and today's questionnaire content, must give back every record.
 * When FORMAT_VERSION rises, add the new files below and keep the old.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaireVersion } from '../../content/questionnaires.ts';
import { canonicalJson } from './canonical.ts';
import type { BackupBody, FileKind, RecordKind } from './file-types.ts';
import { FORMAT_VERSION, RECORD_KINDS } from './file-types.ts';
import { readAttuneFile } from './read-file.ts';

interface Fixture {
  file: string;
  formatVersion: number;
  passphrase?: string;
  /** The ids the fixture holds, by kind: what the reader must find. */
  ids: Record<RecordKind, string[]>;
  displayName: string;
}

const V1_IDS: Record<RecordKind, string[]> = {
  responses: ['response-1', 'response-2'],
  drafts: ['weekly-pulse'],
  intentions: ['intention-1'],
  journal: ['journal-1'],
  practiceLog: ['practice-1', 'practice-2'],
  weeklyReflections: ['weekly-1'],
  preferences: ['preferences'],
};

const FIXTURES: Fixture[] = [
  { file: 'backup-v1.json', formatVersion: 1, ids: V1_IDS, displayName: 'Sam on the ward' },
  { file: 'backup-v1-encrypted.json', formatVersion: 1, passphrase: 'fixture passphrase for format one', ids: V1_IDS, displayName: 'Sam on the ward' },
];

function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/files/${name}`, import.meta.url)));
}

/** knownContent from today's questionnaire files, for every version the fixture names. */
async function todaysContent(body: BackupBody): Promise<(id: string, version: number) => boolean> {
  const wanted = [
    ...body.records.responses.map((r) => [r.questionnaireId, r.questionnaireVersion] as const),
    ...body.records.drafts.map((d) => [d.id, d.questionnaireVersion] as const),
  ];
  const known = new Set<string>();
  for (const [id, version] of wanted) {
    if ((await loadQuestionnaireVersion(id, version)) !== undefined) known.add(`${id}@${version}`);
  }
  return (id, version) => known.has(`${id}@${version}`);
}

describe.each(FIXTURES)('the format $formatVersion fixture $file', (fixture) => {
  it('opens with today’s reader and holds every record it was written with', async () => {
    const bytes = fixtureBytes(fixture.file);
    // The body to check content against: the plain fixture's, read without checks.
    const plainBody = (JSON.parse(new TextDecoder().decode(fixtureBytes(`backup-v${fixture.formatVersion}.json`))) as { body: BackupBody }).body;
    const result = await readAttuneFile(bytes, {
      expectKind: 'backup',
      knownContent: await todaysContent(plainBody),
      ...(fixture.passphrase === undefined ? {} : { passphrase: fixture.passphrase }),
    });
    if (!result.ok) throw new Error(`${fixture.file}: ${result.rejection.reason} (${result.rejection.detail ?? ''})`);
    const { body, header } = result.file;
    expect(header.formatVersion).toBe(fixture.formatVersion);
    expect(result.file.encrypted).toBe(fixture.passphrase !== undefined);
    expect(body.profile.displayName).toBe(fixture.displayName);
    for (const kind of RECORD_KINDS) {
      expect((body.records[kind] as Array<{ id: string }>).map((record) => record.id)).toEqual(fixture.ids[kind]);
    }
    expect(canonicalJson(body)).toBe(canonicalJson(plainBody));
  });
});

interface CoachingFixture {
  file: string;
  kind: Exclude<FileKind, 'backup'>;
  formatVersion: number;
  passphrase?: string;
  /** The plain fixture of the same kind and version: the body the encrypted one must open to. */
  plain: string;
  /** What the reader must find: the ids of a share's records by kind, or of a notes file's notes. */
  ids: Record<string, string[]>;
}

const SHARE_V1_IDS = { responses: ['response-1', 'response-2'], drafts: [], intentions: ['intention-1'], journal: ['journal-1'], practiceLog: ['practice-1', 'practice-2'], weeklyReflections: ['weekly-1'], preferences: [] };
const NOTES_V1_IDS = { notes: ['note-1', 'note-2'] };
const PASSPHRASE_V1 = 'fixture passphrase for format one';

const COACHING_FIXTURES: CoachingFixture[] = [
  { file: 'share-v1.json', kind: 'share', formatVersion: 1, plain: 'share-v1.json', ids: SHARE_V1_IDS },
  { file: 'share-v1-encrypted.json', kind: 'share', formatVersion: 1, passphrase: PASSPHRASE_V1, plain: 'share-v1.json', ids: SHARE_V1_IDS },
  { file: 'coach-notes-v1.json', kind: 'coach-notes', formatVersion: 1, plain: 'coach-notes-v1.json', ids: NOTES_V1_IDS },
  { file: 'coach-notes-v1-encrypted.json', kind: 'coach-notes', formatVersion: 1, passphrase: PASSPHRASE_V1, plain: 'coach-notes-v1.json', ids: NOTES_V1_IDS },
];

describe.each(COACHING_FIXTURES)('the format $formatVersion fixture $file', (fixture) => {
  it('opens as its kind with today’s reader and holds everything it was written with', async () => {
    const plainBody = (JSON.parse(new TextDecoder().decode(fixtureBytes(fixture.plain))) as { body: BackupBody }).body;
    const result = await readAttuneFile(fixtureBytes(fixture.file), {
      expectKind: fixture.kind,
      knownContent: fixture.kind === 'share' ? await todaysContent(plainBody) : () => false,
      ...(fixture.passphrase === undefined ? {} : { passphrase: fixture.passphrase }),
    });
    if (!result.ok) throw new Error(`${fixture.file}: ${result.rejection.reason} (${result.rejection.detail ?? ''})`);
    expect(result.file.header.formatVersion).toBe(fixture.formatVersion);
    expect(result.file.encrypted).toBe(fixture.passphrase !== undefined);
    const { body } = result.file;
    const lists = ('records' in body ? body.records : { notes: body.notes }) as unknown as Record<string, Array<{ id: string }>>;
    for (const [list, ids] of Object.entries(fixture.ids)) {
      expect(lists[list]!.map((record) => record.id), list).toEqual(ids);
    }
    expect(canonicalJson(body)).toBe(canonicalJson(plainBody));
  });
});

describe('the fixtures', () => {
  it('cover every format version up to today’s, plain and encrypted, of every kind', () => {
    const all = [...FIXTURES.map((fixture) => ({ ...fixture, kind: 'backup' as FileKind })), ...COACHING_FIXTURES];
    for (let version = 1; version <= FORMAT_VERSION; version += 1) {
      for (const kind of ['backup', 'share', 'coach-notes'] as const) {
        const of = all.filter((fixture) => fixture.formatVersion === version && fixture.kind === kind);
        expect(of.some((fixture) => fixture.passphrase === undefined), `a plain ${kind} fixture of format ${version}`).toBe(true);
        expect(of.some((fixture) => fixture.passphrase !== undefined), `an encrypted ${kind} fixture of format ${version}`).toBe(true);
      }
    }
  });
});
