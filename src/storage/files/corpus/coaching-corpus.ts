/**
 * A hostile corpus for the coaching files (issue 14): a real share and a
 * real coach's notes file, plain and encrypted, each broken or attacked in
 * one way, with the same helpers and expectations as the backup corpus
 * (hostile-corpus.ts): seeded bit flips and truncations, every body field
 * deleted, nulled and retyped (resealed, so the body's schema must refuse
 * it), forbidden keys, deep nesting, huge strings, a wrong kind, a newer
 * format; then attacks only these kinds can suffer (a share holding drafts
 * or preferences, a link id that is not a UUID, records outside the stated
 * scope, an unknown time zone, too many withdrawals; too many notes, a note
 * too long, a note listed twice); and a few valid variants that must open.
 */
import type { FileKind } from '../../../domain/files/file-types.ts';
import { FORMAT_VERSION } from '../../../domain/files/file-types.ts';
import type { CorpusFile, Expectation, Json, JsonObject, Path } from './hostile-corpus.ts';
import {
  ACCEPT,
  at,
  clone,
  DEEP,
  deleteAt,
  EITHER_ENCRYPTED,
  EITHER_PLAIN,
  EITHER_RESEALED,
  flipBit,
  HUGE_CHARS,
  pathName,
  paths,
  reject,
  reordered,
  retyped,
  seededRandom,
  setAt,
  text,
  withKey,
} from './hostile-corpus.ts';

export interface CoachingCorpusSource {
  kind: Exclude<FileKind, 'backup'>;
  /** A real file of that kind, plain, and the same encrypted with `passphrase`. */
  plain: string;
  encrypted: string;
  passphrase: string;
  /** The checksum the format stores over a body, to reseal altered bodies. */
  checksum: (body: unknown) => Promise<string>;
}

const FLIPS = 60;
const ENCRYPTED_FLIPS = 20;
const CUTS = 20;

/** The corpus for one kind of coaching file (names start with the kind). */
export async function coachingCorpus(source: CoachingCorpusSource): Promise<CorpusFile[]> {
  const plain = JSON.parse(source.plain) as JsonObject;
  const encrypted = JSON.parse(source.encrypted) as JsonObject;
  const { kind, passphrase } = source;
  const files: CorpusFile[] = [];
  const add = (file: Omit<CorpusFile, 'sameRecords' | 'name'> & { name: string; sameRecords?: boolean }) => {
    const name = `${kind}: ${file.name}`;
    if (files.some((made) => made.name === name)) throw new Error(`two corpus files are called "${name}"`);
    files.push({ sameRecords: false, ...file, name });
  };
  const resealed = async (edit: (document: JsonObject) => void): Promise<Uint8Array> => {
    const document = clone(plain);
    edit(document);
    document.sha256 = await source.checksum(document.body);
    return text(JSON.stringify(document));
  };
  const plainBytes = text(source.plain);
  const encryptedBytes = text(source.encrypted);

  // Seeded flips and cuts, plain and encrypted.
  const random = seededRandom(14);
  for (const [label, bytes, count, expectation, extra] of [
    ['plain', plainBytes, FLIPS, EITHER_PLAIN, {}],
    ['encrypted', encryptedBytes, ENCRYPTED_FLIPS, EITHER_ENCRYPTED, { passphrase }],
  ] as const) {
    const seen = new Set<string>();
    while (seen.size < count) {
      const offset = Math.floor(random() * bytes.length);
      const bit = Math.floor(random() * 8);
      const name = `flip ${label} @${offset} bit ${bit}`;
      if (seen.has(name)) continue;
      seen.add(name);
      add({ name, bytes: flipBit(bytes, offset, bit), expect: expectation, sameRecords: true, ...extra });
    }
    const lengths = new Set<number>([0, 1, bytes.length - 1]);
    while (lengths.size < CUTS) lengths.add(Math.floor(random() * (bytes.length - 1)));
    for (const length of [...lengths].sort((a, b) => a - b)) {
      add({ name: `truncated ${label} to ${length} bytes`, bytes: bytes.slice(0, length), expect: reject('truncated', 'not-attune'), ...extra });
    }
  }

  // Every body field deleted, null and retyped, resealed.
  for (const path of paths(at(plain, ['body']))) {
    const full = ['body', ...path];
    for (const [how, edit] of [
      ['deleted', (d: JsonObject) => deleteAt(d, full)],
      ['null', (d: JsonObject) => setAt(d, full, null)],
      ['retyped', (d: JsonObject) => setAt(d, full, retyped(at(d, full)))],
    ] as const) {
      add({ name: `${pathName(full)} ${how} (resealed)`, bytes: await resealed(edit), expect: EITHER_RESEALED });
    }
  }

  // The envelope: another kind, a newer format; forbidden keys; deep nesting; huge strings.
  const asIs = (edit: (document: JsonObject) => void): Uint8Array => {
    const document = clone(plain);
    edit(document);
    return text(JSON.stringify(document));
  };
  add({ name: 'kind changed to backup', bytes: asIs((d) => (d.kind = 'backup')), expect: reject('wrong-kind') });
  add({ name: 'encrypted, kind changed to backup', bytes: text(JSON.stringify({ ...encrypted, kind: 'backup' })), passphrase, expect: reject('wrong-kind') });
  add({ name: 'a newer format', bytes: asIs((d) => (d.formatVersion = FORMAT_VERSION + 1)), expect: reject('newer-format') });
  const firstItem: Path = kind === 'share' ? ['body', 'records', 'journal', 0] : ['body', 'notes', 0];
  for (const [where, path] of [
    ['at the top', []],
    ['in the body', ['body']],
    ['in the first item', firstItem],
  ] as const) {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const document = clone(plain);
      (at(document, path) as JsonObject).__mark__ = { prototype: { polluted: true }, polluted: true };
      add({ name: `${key} key ${where}`, bytes: text(withKey(document, key)), expect: reject('forbidden-key') });
    }
    const document = clone(plain);
    (at(document, path) as JsonObject).__deep__ = '__DEEP__';
    add({ name: `${DEEP} nested arrays ${where}`, bytes: text(JSON.stringify(document).replace('"__DEEP__"', '['.repeat(DEEP) + ']'.repeat(DEEP))), expect: reject('too-deep') });
  }
  const huge = 'x'.repeat(HUGE_CHARS);
  const hugeIn: Array<[string, Path]> =
    kind === 'share'
      ? [['leader name', ['body', 'leaderName']], ['time zone', ['body', 'timeZone']], ['journal text', [...firstItem, 'text']], ['a withdrawn id', ['body', 'withdraw', 0]]]
      : [['coach name', ['body', 'coachName']], ['note text', [...firstItem, 'text']], ['note id', [...firstItem, 'id']]];
  for (const [label, path] of hugeIn) add({ name: `huge string in ${label} (resealed)`, bytes: await resealed((d) => setAt(d, path, huge)), expect: reject('invalid') });

  // What only these kinds can suffer (resealed: the body's own rules must refuse it).
  const invalid = (name: string, edit: (d: JsonObject) => void, expectation: Expectation = reject('invalid')) => ({ name, edit, expectation });
  const body = (d: JsonObject) => d.body as JsonObject;
  const list = (d: JsonObject, ...path: Path) => at(d, ['body', ...path]) as Json[];
  const attacks =
    kind === 'share'
      ? [
          invalid('a draft', (d) => list(d, 'records', 'drafts').push({ id: 'weekly-pulse', questionnaireVersion: 2, startedAt: '2026-03-09T08:00:00.000Z', updatedAt: '2026-03-09T08:03:00.000Z', stepIndex: 0, answers: {} })),
          invalid('the preferences', (d) => list(d, 'records', 'preferences').push({ id: 'preferences', dueWeekday: 5, hideStreak: false, reminder: null })),
          invalid('a link id that is a name', (d) => (body(d).linkId = 'Sam on the ward')),
          invalid('a share id with a path in it', (d) => (body(d).shareId = '../../../etc/passwd')),
          invalid('an unknown time zone', (d) => (body(d).timeZone = 'Mars/Olympus_Mons')),
          invalid('1001 shares to withdraw', (d) => (body(d).withdraw = Array.from({ length: 1_001 }, () => body(d).shareId as string))),
          invalid('an unmarked journal entry under tagged', (d) => delete (list(d, 'records', 'journal')[0] as JsonObject).shareWithCoach),
          invalid('a written answer under scores only', (d) => ((list(d, 'records', 'responses')[0] as JsonObject).notes = { attending: 'written words' })),
          invalid('a scope that is not one', (d) => ((body(d).scope as JsonObject).journal = 'everything')),
          invalid('a scope date that does not exist', (d) => ((body(d).scope as JsonObject).from = '2026-02-30')),
          invalid('a journal entry marked with "yes"', (d) => ((list(d, 'records', 'journal')[0] as JsonObject).shareWithCoach = 'yes')),
          invalid('one journal entry twice', (d) => list(d, 'records', 'journal').push(clone(list(d, 'records', 'journal')[0]!)), reject('duplicate-ids')),
        ]
      : [
          invalid('5001 notes', (d) => (body(d).notes = Array.from({ length: 5_001 }, (_, i) => ({ ...(list(d, 'notes')[0] as JsonObject), id: `note-${i}` })))),
          invalid('a note of 10,001 characters', (d) => ((list(d, 'notes')[0] as JsonObject).text = 'x'.repeat(10_001))),
          invalid('an empty note', (d) => ((list(d, 'notes')[0] as JsonObject).text = '')),
          invalid('a note dated 9999', (d) => ((list(d, 'notes')[0] as JsonObject).updatedAt = '9999-01-01T00:00:00.000Z')),
          invalid('a link id that is a name', (d) => (body(d).linkId = 'Sam on the ward')),
          invalid('no coach name', (d) => (body(d).coachName = '  ')),
          invalid('one note twice', (d) => list(d, 'notes').push(clone(list(d, 'notes')[0]!)), reject('duplicate-ids')),
        ];
  for (const { name, edit, expectation } of attacks) add({ name: `${name} (resealed)`, bytes: await resealed(edit), expect: expectation });

  // Valid variants: must open whole.
  add({ name: 'valid: keys in reverse order', bytes: text(JSON.stringify(reordered(plain))), expect: ACCEPT, sameRecords: true });
  add({ name: 'valid: pretty-printed with a byte-order mark', bytes: text(`\uFEFF${JSON.stringify(plain, null, 2)}`), expect: ACCEPT, sameRecords: true });
  add({ name: 'valid: encrypted as made', bytes: encryptedBytes, passphrase, expect: ACCEPT, sameRecords: true });
  add({ name: 'valid: an unknown field in the body (resealed, dropped)', bytes: await resealed((d) => (body(d).addedLater = 'by a newer app')), expect: ACCEPT, sameRecords: true });
  return files;
}
