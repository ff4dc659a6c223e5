/**
 * The hostile corpus (issue 13): well over a thousand named files made from
 * one REAL backup (a plain file and the same profile encrypted), each broken
 * or attacked in one way, for hostile-corpus.test.ts to import into a
 * populated profile. Deterministic: every "random" choice comes from a seeded
 * generator, so a failure names a file that the next run makes again.
 *
 * Kinds of file:
 * - mutations of the real file: single-bit flips at many offsets, truncations
 *   at many lengths, every JSON field deleted, set to null and retyped (in the
 *   envelope, the encrypted envelope and the first record of every kind;
 *   changes to the body are resealed with a fresh checksum, so they reach the
 *   record schemas instead of stopping at the checksum);
 * - hand-made attacks: huge strings, deep nesting, __proto__ / constructor /
 *   prototype keys at every level, duplicate ids, impossible dates,
 *   out-of-range answers, a newer format, the wrong kind, empty, not JSON, a
 *   PNG, wrong passphrases, a damaged ciphertext, iv or key check, absurd or
 *   malformed key-derivation parameters, a file larger than MAX_FILE_BYTES
 *   (claimed by its size only, so it must be refused before it is read);
 * - a few valid variants (keys re-ordered, pretty-printed, a byte-order mark,
 *   an unknown field) that must import whole.
 *
 * The helpers below are exported for the coaching corpus (coaching-corpus.ts).
 *
 * Each file says what must happen: refused for one of the listed reasons,
 * imported whole, or either (a mutation whose effect depends on where it
 * landed); `sameRecords` marks files whose records, if they open at all, must
 * be exactly the real backup's (the checksum guarantees it).
 */
import type { RejectionReason } from '../../../domain/files/file-types.ts';
import { seeded as seededRandom } from '../../../domain/progress/testing/decade.ts';
import { FORMAT_VERSION, MAX_FILE_BYTES } from '../../../domain/files/file-types.ts';

/** 'either': imported whole or refused, and if refused then for one of `reasons` (what that mutation can break). */
export type Expectation = { outcome: 'reject'; reasons: readonly RejectionReason[] } | { outcome: 'accept' } | { outcome: 'either'; reasons: readonly RejectionReason[] };

export interface CorpusFile {
  /** Unique and stable, e.g. "flip plain @1234 bit 3". */
  name: string;
  /** The file's bytes as the person picks it. */
  bytes: Uint8Array;
  /** A size larger than the bytes: the file claims this size (its bytes must never be read). */
  claimedSize?: number;
  /** The passphrase the person types (encrypted files). */
  passphrase?: string;
  expect: Expectation;
  /** When it opens, its records are the real backup's, exactly. */
  sameRecords: boolean;
}

export interface CorpusSource {
  /** A real plain backup's text (makeBackupFile). */
  plain: string;
  /** The same profile's backup encrypted with `passphrase`. */
  encrypted: string;
  passphrase: string;
  /** The checksum the format stores over a body (sha256 of its canonical serialisation), to reseal altered bodies. */
  checksum: (body: unknown) => Promise<string>;
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type Path = ReadonlyArray<string | number>;

const encoder = new TextEncoder();
export const HUGE_CHARS = 4 * 1024 * 1024;
export const DEEP = 10_000;
/** Flips and cuts: how many of each, over the plain and the encrypted file. */
const PLAIN_FLIPS = 260;
const ENCRYPTED_FLIPS = 60;
const PLAIN_CUTS = 120;
const ENCRYPTED_CUTS = 30;

export const reject = (...reasons: RejectionReason[]): Expectation => ({ outcome: 'reject', reasons });
export const ACCEPT: Expectation = { outcome: 'accept' };
export const either = (...reasons: RejectionReason[]): Expectation => ({ outcome: 'either', reasons });
/** What a change to a plain file can break: the bytes, the envelope's fields, the checksum, the body's schema. */
export const EITHER_PLAIN = either('damaged', 'not-attune', 'truncated', 'invalid', 'newer-format', 'wrong-kind', 'unknown-content');
/** What a change to an encrypted file can break: the same and the key derivation, key check and GCM tag. */
export const EITHER_ENCRYPTED = either('damaged', 'not-attune', 'truncated', 'invalid', 'newer-format', 'wrong-kind', 'unknown-content', 'wrong-passphrase', 'needs-passphrase', 'kdf-out-of-range');
/** A body edited and resealed: only the body's schema (or the content it names) can refuse it. */
export const EITHER_RESEALED = either('invalid', 'unknown-content', 'duplicate-ids');
/** Fails the envelope's or the body's schema; which one a reader names first is its own choice. */
const MALFORMED = reject('invalid', 'not-attune');

/** The seeded generator the progress tests use (mulberry32), for choosing offsets. */
export { seededRandom };

export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function at(root: Json, path: Path): Json {
  let node: Json = root;
  for (const key of path) node = (node as Record<string | number, Json>)[key] as Json;
  return node;
}

function parentOf(root: Json, path: Path): { parent: Record<string | number, Json>; key: string | number } {
  return { parent: at(root, path.slice(0, -1)) as Record<string | number, Json>, key: path.at(-1)! };
}

export function setAt(root: Json, path: Path, value: Json): void {
  const { parent, key } = parentOf(root, path);
  parent[key] = value;
}

export function deleteAt(root: Json, path: Path): void {
  const { parent, key } = parentOf(root, path);
  if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
}

/** Every path under `root`, depth first; in arrays only the first element is walked (its siblings have the same shape). */
export function paths(root: Json, prefix: Path = []): Path[] {
  const found: Path[] = [];
  if (Array.isArray(root)) {
    if (root.length > 0) {
      found.push([...prefix, 0]);
      found.push(...paths(root[0]!, [...prefix, 0]));
    }
  } else if (root !== null && typeof root === 'object') {
    for (const [key, value] of Object.entries(root)) {
      found.push([...prefix, key]);
      found.push(...paths(value, [...prefix, key]));
    }
  }
  return found;
}

/** A value of another JSON type than `value`. */
export function retyped(value: Json): Json {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 1;
  if (Array.isArray(value)) return { length: value.length };
  if (value === null) return 0;
  return [];
}

export function pathName(path: Path): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('') || '(top)';
}

export const text = (value: string): Uint8Array => encoder.encode(value);

export function flipBit(bytes: Uint8Array, offset: number, bit: number): Uint8Array {
  const copy = bytes.slice();
  copy[offset] = copy[offset]! ^ (1 << bit);
  return copy;
}

/** Replaces one base64 character of `value` at `index` by another base64 character. */
function alterBase64(value: string, index: number): string {
  const i = Math.min(Math.max(0, index), value.length - 1);
  const replacement = value[i] === 'A' ? 'B' : 'A';
  return value.slice(0, i) + replacement + value.slice(i + 1);
}

/** Writes `document` with the key `__mark__` renamed to `key` (a key JSON.stringify would not write as an own property). */
export function withKey(document: Json, key: string): string {
  return JSON.stringify(document).replaceAll('"__mark__"', JSON.stringify(key));
}

/** Sorts every object's keys the opposite way (a valid re-ordering). */
export function reordered(value: Json): Json {
  if (Array.isArray(value)) return value.map(reordered);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .reverse()
      .map((key) => [key, reordered(value[key]!)]),
  );
}

/**
 * Makes the corpus from one real backup, plain and encrypted.
 * @throws Error when the source is not a plain and an encrypted Attune file with at least one record of each kind that the attacks edit
 */
export async function hostileCorpus(source: CorpusSource): Promise<CorpusFile[]> {
  const plain = JSON.parse(source.plain) as JsonObject;
  const encrypted = JSON.parse(source.encrypted) as JsonObject;
  if (!plain.body || !plain.sha256 || !encrypted.encrypted) throw new Error('hostileCorpus needs a plain and an encrypted Attune file');
  const records = at(plain, ['body', 'records']) as Record<string, Json[]>;
  for (const kind of ['responses', 'journal', 'practiceLog', 'intentions', 'weeklyReflections', 'drafts']) {
    if (!Array.isArray(records[kind]) || records[kind].length === 0) throw new Error(`hostileCorpus needs at least one ${kind} record in the source backup`);
  }
  const files: CorpusFile[] = [];
  const names = new Set<string>();
  const add = (file: Omit<CorpusFile, 'sameRecords'> & { sameRecords?: boolean }) => {
    if (names.has(file.name)) throw new Error(`two corpus files are called "${file.name}"`);
    names.add(file.name);
    files.push({ sameRecords: false, ...file });
  };
  const plainBytes = text(source.plain);
  const encryptedBytes = text(source.encrypted);
  const passphrase = source.passphrase;

  /** A plain file whose body is `edit`ed and resealed with a correct checksum, so only the body's schema can refuse it. */
  const resealed = async (edit: (document: JsonObject) => void): Promise<JsonObject> => {
    const document = clone(plain);
    edit(document);
    document.sha256 = await source.checksum(document.body);
    return document;
  };

  // 1. Single-bit flips at many offsets (seeded), in the plain and the encrypted file.
  const random = seededRandom(13);
  const flips = (bytes: Uint8Array, label: string, count: number, expectation: Expectation, extra: Partial<CorpusFile>) => {
    const seen = new Set<string>();
    while (seen.size < count) {
      const offset = Math.floor(random() * bytes.length);
      const bit = Math.floor(random() * 8);
      const name = `flip ${label} @${offset} bit ${bit}`;
      if (seen.has(name)) continue;
      seen.add(name);
      add({ name, bytes: flipBit(bytes, offset, bit), expect: expectation, sameRecords: true, ...extra });
    }
  };
  flips(plainBytes, 'plain', PLAIN_FLIPS, EITHER_PLAIN, {});
  flips(encryptedBytes, 'encrypted', ENCRYPTED_FLIPS, EITHER_ENCRYPTED, { passphrase });

  // 2. Truncations at many lengths (always refused: no proper prefix of a JSON object is one).
  const cuts = (bytes: Uint8Array, label: string, count: number, extra: Partial<CorpusFile>) => {
    const lengths = new Set<number>([0, 1, 2, 10, bytes.length - 1, bytes.length - 2]);
    while (lengths.size < count) lengths.add(Math.floor(random() * (bytes.length - 1)));
    for (const length of [...lengths].sort((a, b) => a - b)) {
      add({ name: `truncated ${label} to ${length} bytes`, bytes: bytes.slice(0, length), expect: reject('truncated', 'not-attune'), ...extra });
    }
  };
  cuts(plainBytes, 'plain', PLAIN_CUTS, {});
  cuts(encryptedBytes, 'encrypted', ENCRYPTED_CUTS, { passphrase });

  // 3. Every field deleted, set to null and retyped: envelope fields as they are (not covered by the
  //    checksum), body fields resealed; the encrypted envelope's fields as they are.
  for (const path of paths(plain)) {
    const inBody = path[0] === 'body';
    if (path[0] === 'sha256' && path.length === 1) {
      for (const [how, edit] of [
        ['deleted', (d: JsonObject) => deleteAt(d, path)],
        ['null', (d: JsonObject) => setAt(d, path, null)],
        ['retyped', (d: JsonObject) => setAt(d, path, retyped(at(d, path)))],
        ['altered', (d: JsonObject) => setAt(d, path, alterBase64(d.sha256 as string, 5))],
      ] as const) {
        const document = clone(plain);
        edit(document);
        add({ name: `plain sha256 ${how}`, bytes: text(JSON.stringify(document)), expect: reject('damaged', 'invalid', 'not-attune') });
      }
      continue;
    }
    const edits: Array<[string, (document: JsonObject) => void]> = [
      ['deleted', (d) => deleteAt(d, path)],
      ['null', (d) => setAt(d, path, null)],
      ['retyped', (d) => setAt(d, path, retyped(at(d, path)))],
    ];
    for (const [how, edit] of edits) {
      const name = `plain ${pathName(path)} ${how}`;
      if (inBody) {
        add({ name: `${name} (resealed)`, bytes: text(JSON.stringify(await resealed(edit))), expect: EITHER_RESEALED });
      } else {
        const document = clone(plain);
        edit(document);
        add({ name, bytes: text(JSON.stringify(document)), expect: EITHER_PLAIN });
      }
    }
  }
  // A body change without a new checksum is damage, wherever it lands.
  for (const path of paths(at(plain, ['body'])).filter((_, i) => i % 7 === 0)) {
    const document = clone(plain);
    const full = ['body', ...path];
    setAt(document, full, retyped(at(document, full)));
    add({ name: `plain ${pathName(full)} retyped, checksum kept`, bytes: text(JSON.stringify(document)), expect: reject('damaged', 'invalid') });
  }
  for (const path of paths(encrypted)) {
    for (const [how, edit] of [
      ['deleted', (d: JsonObject) => deleteAt(d, path)],
      ['null', (d: JsonObject) => setAt(d, path, null)],
      ['retyped', (d: JsonObject) => setAt(d, path, retyped(at(d, path)))],
    ] as const) {
      const document = clone(encrypted);
      edit(document);
      add({ name: `encrypted ${pathName(path)} ${how}`, bytes: text(JSON.stringify(document)), passphrase, expect: EITHER_ENCRYPTED });
    }
  }

  // 4. Huge strings, in a record field and in header fields.
  const huge = 'x'.repeat(HUGE_CHARS);
  for (const [label, path] of [
    ['journal text', ['body', 'records', 'journal', 0, 'text']],
    ['journal tag', ['body', 'records', 'journal', 0, 'tags', 0]],
    ['journal id', ['body', 'records', 'journal', 0, 'id']],
    ['practice note', ['body', 'records', 'practiceLog', 0, 'note']],
    ['profile name', ['body', 'profile', 'displayName']],
  ] as const) {
    add({
      name: `huge string in ${label} (resealed)`,
      bytes: text(JSON.stringify(await resealed((d) => setAt(d, path, huge)))),
      expect: reject('invalid'),
    });
  }
  for (const field of ['appVersion', 'exportedAt', 'kind', 'format']) {
    const document = clone(plain);
    document[field] = huge;
    add({ name: `huge string in header ${field}`, bytes: text(JSON.stringify(document)), expect: MALFORMED });
  }
  {
    const document = clone(plain);
    (document.contentVersions as JsonObject)[huge.slice(0, 1024 * 1024)] = [1];
    add({ name: 'huge key in contentVersions', bytes: text(JSON.stringify(document)), expect: reject('invalid', 'not-attune', 'unknown-content') });
  }
  {
    const document = clone(encrypted);
    (document.encrypted as JsonObject).ciphertext = 'A'.repeat(HUGE_CHARS);
    add({ name: 'huge ciphertext of noise', bytes: text(JSON.stringify(document)), passphrase, expect: reject('damaged', 'invalid') });
  }

  // 5. Nesting far beyond any real file: arrays and objects, in the body, in a record, at the top.
  const deepArray = '['.repeat(DEEP) + ']'.repeat(DEEP);
  const deepObject = '{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP);
  for (const [label, deep] of [
    ['arrays', deepArray],
    ['objects', deepObject],
  ] as const) {
    for (const [where, path] of [
      ['at the top', ['__deep__']],
      ['in the body', ['body', '__deep__']],
      ['in a journal entry', ['body', 'records', 'journal', 0, '__deep__']],
      ['in a response note', ['body', 'records', 'responses', 0, 'notes', '__deep__']],
    ] as const) {
      const document = clone(plain);
      setAt(document, path, '__DEEP__');
      add({ name: `${DEEP} nested ${label} ${where}`, bytes: text(JSON.stringify(document).replace('"__DEEP__"', deep)), expect: reject('too-deep') });
    }
  }
  add({ name: `${DEEP} nested arrays alone`, bytes: text(deepArray), expect: reject('too-deep', 'not-attune') });
  add({ name: `${DEEP} unclosed arrays`, bytes: text('['.repeat(DEEP)), expect: reject('too-deep', 'not-attune', 'truncated') });

  // 6. __proto__, constructor and prototype as keys at every level, with payloads that would pollute.
  const places: Array<[string, Path]> = [
    ['at the top', []],
    ['in the body', ['body']],
    ['in the records', ['body', 'records']],
    ['in the profile', ['body', 'profile']],
    ['in a journal entry', ['body', 'records', 'journal', 0]],
    ['in a response', ['body', 'records', 'responses', 0]],
    ['in a response item', ['body', 'records', 'responses', 0, 'items', 0]],
    ['in response notes', ['body', 'records', 'responses', 0, 'notes']],
    ['in draft answers', ['body', 'records', 'drafts', 0, 'answers']],
    ['in contentVersions', ['contentVersions']],
    ['in unreadable', ['body', 'unreadable']],
  ];
  const payloads: Array<[string, string, Json]> = [
    ['__proto__', 'polluted payload', { polluted: true }],
    ['__proto__', 'null', null],
    ['constructor', 'prototype payload', { prototype: { polluted: true } }],
    ['prototype', 'polluted payload', { polluted: true }],
  ];
  for (const [where, path] of places) {
    for (const [key, label, payload] of payloads) {
      const document = clone(plain);
      (at(document, path) as JsonObject).__mark__ = payload;
      add({ name: `${key} key (${label}) ${where}`, bytes: text(withKey(document, key)), expect: reject('forbidden-key') });
    }
  }
  {
    // A key spelt with escapes is the same key once parsed: a scan of the raw text alone misses it.
    const document = clone(plain);
    (at(document, ['body', 'records', 'journal', 0]) as JsonObject).__mark__ = { polluted: true };
    add({ name: '__proto__ key spelt with \\u escapes in a journal entry', bytes: text(JSON.stringify(document).replace('"__mark__"', '"\\u005f_proto\\u005f_"')), expect: reject('forbidden-key') });
    const top = clone(plain);
    top.__mark__ = { prototype: { polluted: true } };
    add({ name: 'constructor key spelt with \\u escapes at the top', bytes: text(JSON.stringify(top).replace('"__mark__"', '"\\u0063onstructor"')), expect: reject('forbidden-key') });
  }
  {
    // Inside the encrypted envelope and inside an encrypted file's own envelope text.
    const document = clone(encrypted);
    (document.encrypted as JsonObject).__mark__ = { polluted: true };
    add({ name: '__proto__ key in the encrypted envelope', bytes: text(withKey(document, '__proto__')), passphrase, expect: reject('forbidden-key') });
    const kdf = clone(encrypted);
    (at(kdf, ['encrypted', 'kdf']) as JsonObject).__mark__ = { polluted: true };
    add({ name: '__proto__ key in the key-derivation parameters', bytes: text(withKey(kdf, '__proto__')), passphrase, expect: reject('forbidden-key') });
  }

  // 7. Duplicate ids within one kind (resealed, so only the duplicate check refuses them).
  for (const kind of ['responses', 'journal', 'practiceLog', 'intentions', 'weeklyReflections', 'drafts']) {
    add({
      name: `duplicate ${kind} id (resealed)`,
      bytes: text(
        JSON.stringify(
          await resealed((d) => {
            (at(d, ['body', 'records', kind]) as Json[]).push(clone(at(d, ['body', 'records', kind, 0])));
          }),
        ),
      ),
      expect: reject('duplicate-ids'),
    });
  }

  // 8. Impossible dates and out-of-range answers (resealed).
  const journalPath = ['body', 'records', 'journal', 0];
  const responsePath = ['body', 'records', 'responses', 0];
  const practicePath = ['body', 'records', 'practiceLog', 0];
  const invalids: Array<[string, Path, Json]> = [
    ['journal createdAt 2023-02-30', [...journalPath, 'createdAt'], '2023-02-30T10:00:00.000Z'],
    ['journal createdAt in 9999', [...journalPath, 'createdAt'], '9999-01-01T00:00:00.000Z'],
    ['journal createdAt in 1899', [...journalPath, 'createdAt'], '1899-12-31T23:00:00.000Z'],
    ['journal createdAt not a date', [...journalPath, 'createdAt'], 'yesterday'],
    ['journal localDate 2023-02-30', [...journalPath, 'localDate'], '2023-02-30'],
    ['journal localDate month 13', [...journalPath, 'localDate'], '2023-13-01'],
    ['journal mood 0', [...journalPath, 'mood'], 0],
    ['journal mood 6', [...journalPath, 'mood'], 6],
    ['journal energy 99', [...journalPath, 'energy'], 99],
    ['journal mood 2.5', [...journalPath, 'mood'], 2.5],
    ['journal element unknown', [...journalPath, 'elements'], ['kindness']],
    ['response completedAt in 9999', [...responsePath, 'completedAt'], '9999-06-01T00:00:00.000Z'],
    ['response startedAt in 1899', [...responsePath, 'startedAt'], '1899-06-01T00:00:00.000Z'],
    ['response scale upside down', [...responsePath, 'scale'], { min: 5, max: 1 }],
    ['response scale to 1000', [...responsePath, 'scale'], { min: 0, max: 1000 }],
    ['practice date 2023-02-30', [...practicePath, 'date'], '2023-02-30'],
    ['practice loggedAt in 9999', [...practicePath, 'loggedAt'], '9999-01-01T00:00:00.000Z'],
    ['practice minutes -5', [...practicePath, 'minutes'], -5],
    ['practice seconds a billion', [...practicePath, 'seconds'], 1e9],
    ['practice seconds -1', [...practicePath, 'seconds'], -1],
    ['practice seconds NaN-like string', [...practicePath, 'seconds'], 'NaN'],
    ['practice element unknown', [...practicePath, 'elementId'], 'courage'],
    ['intention source unknown', ['body', 'records', 'intentions', 0, 'source'], 'someone'],
    ['weekly step unknown', ['body', 'records', 'weeklyReflections', 0, 'step'], 'dance'],
    ['weekly weekOf 2023-02-30', ['body', 'records', 'weeklyReflections', 0, 'weekOf'], '2023-02-30'],
    ['draft stepIndex -1', ['body', 'records', 'drafts', 0, 'stepIndex'], -1],
    ['draft updatedAt in 9999', ['body', 'records', 'drafts', 0, 'updatedAt'], '9999-01-01T00:00:00.000Z'],
    ['empty id', [...journalPath, 'id'], ''],
  ];
  for (const [label, path, value] of invalids) {
    add({ name: `${label} (resealed)`, bytes: text(JSON.stringify(await resealed((d) => setAt(d, path, value)))), expect: reject('invalid') });
  }
  const items = at(plain, [...responsePath, 'items']) as JsonObject[];
  const scaleItem = items.findIndex((item) => item.kind === 'scale');
  if (scaleItem >= 0) {
    for (const value of [99, -1, 2.5, 1e308]) {
      add({
        name: `response scale answer ${value} (resealed)`,
        bytes: text(JSON.stringify(await resealed((d) => setAt(d, [...responsePath, 'items', scaleItem, 'value'], value)))),
        expect: reject('invalid'),
      });
    }
    add({
      name: 'response with 10,000 items (resealed)',
      bytes: text(JSON.stringify(await resealed((d) => setAt(d, [...responsePath, 'items'], Array.from({ length: 10_000 }, () => clone(items[scaleItem]!)))))),
      expect: reject('invalid'),
    });
  }
  add({
    name: 'response of an unknown questionnaire version (resealed)',
    bytes: text(
      JSON.stringify(
        await resealed((d) => {
          setAt(d, [...responsePath, 'questionnaireVersion'], 999);
          const id = at(d, [...responsePath, 'questionnaireId']) as string;
          (d.contentVersions as JsonObject)[id] = [...(((d.contentVersions as JsonObject)[id] as number[]) ?? []), 999].sort((a, b) => a - b);
        }),
      ),
    ),
    expect: reject('unknown-content', 'invalid'),
  });

  // 9. Envelopes: a newer format, the wrong kind, not ours at all.
  const header = (label: string, edit: (document: JsonObject) => void, expectation: Expectation, from: JsonObject = plain, extra: Partial<CorpusFile> = {}) => {
    const document = clone(from);
    edit(document);
    add({ name: label, bytes: text(JSON.stringify(document)), expect: expectation, ...extra });
  };
  header('formatVersion one newer', (d) => (d.formatVersion = FORMAT_VERSION + 1), reject('newer-format'));
  header('formatVersion 1,000,000', (d) => (d.formatVersion = 1_000_000), reject('newer-format'));
  header('formatVersion 0', (d) => (d.formatVersion = 0), MALFORMED);
  header('formatVersion 1.5', (d) => (d.formatVersion = 1.5), MALFORMED);
  header('formatVersion as a string', (d) => (d.formatVersion = String(FORMAT_VERSION)), MALFORMED);
  header('encrypted formatVersion one newer', (d) => (d.formatVersion = FORMAT_VERSION + 1), reject('newer-format'), encrypted, { passphrase });
  header('kind share', (d) => (d.kind = 'share'), reject('wrong-kind'));
  header('kind coach-notes', (d) => (d.kind = 'coach-notes'), reject('wrong-kind'));
  header('kind unknown', (d) => (d.kind = 'banana'), MALFORMED);
  header('encrypted kind share', (d) => (d.kind = 'share'), reject('wrong-kind', 'damaged'), encrypted, { passphrase });
  header('format of another app', (d) => (d.format = 'excalidraw'), reject('not-attune'));
  header('format missing', (d) => delete d.format, reject('not-attune'));
  header('exportedAt in 9999', (d) => (d.exportedAt = '9999-01-01T00:00:00.000Z'), MALFORMED);
  header('exportedAt 2023-02-30', (d) => (d.exportedAt = '2023-02-30T00:00:00.000Z'), MALFORMED);
  header('schemaVersion -1', (d) => (d.schemaVersion = -1), MALFORMED);
  add({ name: 'empty file', bytes: new Uint8Array(0), expect: reject('not-attune', 'truncated') });
  add({ name: 'only whitespace', bytes: text('  \n\t '), expect: reject('not-attune', 'truncated') });
  add({ name: 'not JSON', bytes: text('Dear coach, here are my reflections.'), expect: reject('not-attune') });
  add({ name: 'JSON null', bytes: text('null'), expect: reject('not-attune') });
  add({ name: 'JSON number', bytes: text('42'), expect: reject('not-attune') });
  add({ name: 'JSON array of the file', bytes: text(`[${source.plain}]`), expect: reject('not-attune') });
  add({ name: 'JSON string of the file', bytes: text(JSON.stringify(source.plain)), expect: reject('not-attune') });
  add({ name: 'an empty object', bytes: text('{}'), expect: reject('not-attune') });
  add({ name: 'a PNG header', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), expect: reject('not-attune') });
  add({ name: 'invalid UTF-8', bytes: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), expect: reject('not-attune') });
  add({ name: 'UTF-16 with a byte-order mark', bytes: new Uint8Array([0xff, 0xfe, ...[...source.plain.slice(0, 200)].flatMap((c) => [c.charCodeAt(0) & 0xff, 0])]), expect: reject('not-attune') });
  add({ name: 'the file twice', bytes: text(source.plain + source.plain), expect: reject('not-attune', 'truncated', 'invalid', 'damaged') });
  add({ name: 'trailing garbage', bytes: text(source.plain + 'garbage'), expect: reject('not-attune', 'truncated', 'invalid', 'damaged') });
  add({ name: 'a file claiming to be larger than MAX_FILE_BYTES', bytes: text(source.plain), claimedSize: MAX_FILE_BYTES + 1, expect: reject('too-large') });
  add({ name: 'a file claiming to be hundreds of megabytes', bytes: text(source.plain), claimedSize: 400 * 1024 * 1024, expect: reject('too-large') });

  // 10. Encrypted files: passphrases, damage, key-derivation parameters.
  add({ name: 'encrypted, wrong passphrase', bytes: encryptedBytes, passphrase: `${passphrase} `, expect: reject('wrong-passphrase') });
  add({ name: 'encrypted, another passphrase', bytes: encryptedBytes, passphrase: 'correct horse battery staple', expect: reject('wrong-passphrase') });
  add({ name: 'encrypted, no passphrase', bytes: encryptedBytes, expect: reject('needs-passphrase') });
  const secret = encrypted.encrypted as JsonObject;
  for (const field of ['ciphertext', 'iv', 'check']) {
    if (typeof secret[field] !== 'string') continue;
    const value = secret[field];
    for (const index of [0, Math.floor(value.length / 2), value.length - 2]) {
      header(
        `encrypted ${field} altered at ${index}`,
        (d) => ((d.encrypted as JsonObject)[field] = alterBase64(value, index)),
        field === 'check' ? reject('wrong-passphrase', 'damaged') : reject('damaged', 'invalid'),
        encrypted,
        { passphrase },
      );
    }
  }
  if (typeof secret.ciphertext === 'string') {
    header('encrypted ciphertext cut short', (d) => ((d.encrypted as JsonObject).ciphertext = (secret.ciphertext as string).slice(0, 40)), reject('damaged', 'invalid'), encrypted, { passphrase });
    header('encrypted ciphertext not base64', (d) => ((d.encrypted as JsonObject).ciphertext = '!!!not base64!!!'), reject('damaged', 'invalid'), encrypted, { passphrase });
  }
  const kdfPath = ['encrypted', 'kdf'];
  for (const [label, value] of [
    ['10^12', 1e12],
    ['0', 0],
    ['-1', -1],
    ['1.5', 1.5],
    ['a string', '600000'],
    ['null', null],
    ['1e308', 1e308],
    ['just below the floor', 599_999],
    ['just above the ceiling', 10_000_001],
  ] as Array<[string, Json]>) {
    header(`encrypted iterations ${label}`, (d) => setAt(d, [...kdfPath, 'iterations'], value), reject('kdf-out-of-range', 'invalid'), encrypted, { passphrase });
  }
  for (const [label, value] of [
    ['2 bytes', 'AAA='],
    ['empty', ''],
    ['not base64', '%%%%'],
    ['a megabyte', 'A'.repeat(1024 * 1024)],
    ['a number', 16],
  ] as Array<[string, Json]>) {
    header(`encrypted salt ${label}`, (d) => setAt(d, [...kdfPath, 'salt'], value), reject('kdf-out-of-range', 'invalid'), encrypted, { passphrase });
  }
  header('encrypted kdf of another hash', (d) => setAt(d, [...kdfPath, 'hash'], 'MD5'), EITHER_ENCRYPTED, encrypted, { passphrase });
  header('encrypted kdf of another algorithm', (d) => setAt(d, [...kdfPath, 'name'], 'scrypt'), EITHER_ENCRYPTED, encrypted, { passphrase });
  header('encrypted iv of 2 bytes', (d) => setAt(d, ['encrypted', 'iv'], 'AAA='), reject('kdf-out-of-range', 'invalid', 'damaged'), encrypted, { passphrase });
  header('encrypted cipher unknown', (d) => setAt(d, ['encrypted', 'cipher'], 'ROT13'), reject('invalid', 'not-attune', 'kdf-out-of-range'), encrypted, { passphrase });
  header('encrypted and a plain body beside it', (d) => ((d.body = clone(plain.body!)), (d.sha256 = plain.sha256!)), EITHER_ENCRYPTED, encrypted, { passphrase });

  // 11. Valid variants: the same records however the JSON is written. These must import whole.
  const valid = (label: string, bytes: Uint8Array, extra: Partial<CorpusFile> = {}) => add({ name: `valid: ${label}`, bytes, expect: ACCEPT, sameRecords: true, ...extra });
  valid('the real file', plainBytes);
  valid('the real encrypted file', encryptedBytes, { passphrase });
  valid('keys in reverse order', text(JSON.stringify(reordered(plain))));
  valid('pretty-printed', text(JSON.stringify(plain, null, 2)));
  valid('pretty-printed with CRLF', text(JSON.stringify(plain, null, 2).replaceAll('\n', '\r\n')));
  valid('with a UTF-8 byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...plainBytes]));
  valid('an unknown field in the envelope', text(JSON.stringify({ ...plain, writtenBy: 'a later Attune' })));
  valid('encrypted with keys in reverse order', text(JSON.stringify(reordered(encrypted))), { passphrase });
  valid('every non-ASCII character escaped', text(JSON.stringify(plain).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)));

  return files;
}
