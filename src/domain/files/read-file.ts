/**
 * Checks and opens an Attune file of any kind (a backup, a share, a coach's
 * notes), in this order: size, UTF-8, nesting and
 * forbidden keys (scan.ts), JSON, the envelope and its version (a newer
 * format is refused as such), the kind (a file of another kind is refused
 * with what it is and where it opens), the passphrase (KDF bounds before
 * deriving, the key check, the GCM tag), the checksum, the body's schema for
 * its kind (body-schemas.ts), duplicate ids within a kind, and the
 * questionnaire versions. Nothing is
 * trusted before it has passed the step before. Never throws for bad input:
 * every refusal is a Rejection with a plain message.
 *
 * Every format version this app ever wrote keeps opening: BODY_UPGRADES
 * turns an older body into today's shape. When FORMAT_VERSION rises, add an
 * upgrade here, freeze the old fixture in tests/fixtures/files/ and keep its
 * test (format-fixtures.test.ts).
 */
import { bodySchemaFor } from './body-schemas.ts';
import { bodyChecksum } from './canonical.ts';
import { encryptedFileSchema, isEncryptedShape, plainFileSchema, readFormatVersion } from './envelope.ts';
import { decryptFileText, parameterProblem } from './file-crypto.ts';
import { FORMAT_VERSION } from './file-types.ts';
import type { BackupRecords, BodyOf, FileHeader, FileKind, ReadOptions, ReadResult, Rejection } from './file-types.ts';
import { RECORD_KINDS } from './file-types.ts';
import { invalidBody, invalidHeader } from './invalid-message.ts';
import { recordsLatest } from './record-schemas.ts';
import { duplicateIds, reject, unknownContent, wrongKind } from './rejections.ts';
import { decodeInput, parseFileText } from './scan.ts';
import { gatherContentVersions } from './write-file.ts';

/** Turns a body of an older format version into the current shape. Version 1 is the first. */
const BODY_UPGRADES: Record<number, (body: unknown) => unknown> = {
  1: (body) => body,
};

const refuse = (rejection: Rejection): { ok: false; rejection: Rejection } => ({ ok: false, rejection });

/** The position of the first id in `list` seen before it, or -1. */
function repeatedAt(list: ReadonlyArray<{ id: string }>): number {
  const seen = new Set<string>();
  for (let index = 0; index < list.length; index += 1) {
    const { id } = list[index]!;
    if (seen.has(id)) return index;
    seen.add(id);
  }
  return -1;
}

/** The first duplicate id within a kind, if any. */
function findDuplicate(records: BackupRecords): Rejection | undefined {
  for (const kind of RECORD_KINDS) {
    const index = repeatedAt(records[kind] as ReadonlyArray<{ id: string }>);
    if (index >= 0) return duplicateIds(kind, index);
  }
  return undefined;
}

function findUnknownContent(records: BackupRecords, knownContent: ReadOptions['knownContent']): Rejection | undefined {
  for (const [index, response] of records.responses.entries()) {
    if (!knownContent(response.questionnaireId, response.questionnaireVersion)) {
      return unknownContent('responses', index, response.questionnaireId, response.questionnaireVersion);
    }
  }
  for (const [index, draft] of records.drafts.entries()) {
    if (!knownContent(draft.id, draft.questionnaireVersion)) return unknownContent('drafts', index, draft.id, draft.questionnaireVersion);
  }
  return undefined;
}

/** What a body of `kind` cannot be, past its schema: ids used twice, questionnaire versions this app lacks. */
function bodyProblem(kind: FileKind, body: unknown, knownContent: ReadOptions['knownContent']): Rejection | undefined {
  if (kind === 'coach-notes') {
    const index = repeatedAt((body as BodyOf<'coach-notes'>).notes);
    return index >= 0 ? duplicateIds('notes', index) : undefined;
  }
  const { records } = body as BodyOf<'backup' | 'share'>;
  return findDuplicate(records) ?? findUnknownContent(records, knownContent);
}

/** Opens the encrypted part and returns the plain file's parsed JSON, or why not. */
async function openEncrypted(json: unknown, options: ReadOptions, now: Date): Promise<{ ok: true; json: unknown } | { ok: false; rejection: Rejection }> {
  const outer = encryptedFileSchema(now).safeParse(json);
  if (!outer.success) {
    const issue = outer.error.issues[0]!;
    // Key-derivation parameters or IVs of the wrong type or size are refused as out of range, like absurd values.
    const [part, field, inner] = issue.path;
    const parameters = part === 'encrypted' && (field === 'kdf' || field === 'iv' || (field === 'check' && inner === 'iv'));
    return refuse(parameters ? reject('kdf-out-of-range', issue.path.map(String).join('.')) : invalidHeader(issue));
  }
  const file = outer.data;
  if (file.kind !== options.expectKind) return refuse(wrongKind(file.kind, options.expectKind));
  // Parameters no passphrase could open are refused before one is asked for.
  const parameters = parameterProblem(file.encrypted);
  if (parameters) return refuse(reject(parameters.reason, parameters.detail));
  if (options.passphrase === undefined || options.passphrase === '') return refuse(reject('needs-passphrase'));
  const opened = await decryptFileText(file.encrypted, options.passphrase, file, options.deriveKey);
  if (!opened.ok) return refuse(reject(opened.reason, opened.detail));
  const inner = parseFileText(opened.text);
  if (!inner.ok) {
    // Sealed with the passphrase yet hostile inside: say so; anything else there is damage.
    const hostile = inner.rejection.reason === 'forbidden-key' || inner.rejection.reason === 'too-deep';
    return refuse(hostile ? inner.rejection : reject('damaged', 'inner file'));
  }
  const value = inner.value as Record<string, unknown> | null;
  const same =
    typeof value === 'object' &&
    value !== null &&
    !isEncryptedShape(value) &&
    (['format', 'formatVersion', 'kind', 'appVersion', 'schemaVersion', 'exportedAt'] as const).every((key) => value[key] === file[key]);
  if (!same) return refuse(reject('damaged', 'inner header does not match'));
  return { ok: true, json: value };
}

/**
 * Checks and opens an Attune file (see the module comment for the order).
 * Never throws for bad input: every refusal is a Rejection.
 */
export async function readAttuneFile<K extends FileKind>(input: string | Uint8Array, options: ReadOptions & { expectKind: K }): Promise<ReadResult<BodyOf<K>>> {
  const now = options.now ?? new Date();
  const text = decodeInput(input);
  if (!text.ok) return text;
  const parsed = parseFileText(text.value);
  if (!parsed.ok) return parsed;
  let json = parsed.value;

  const version = readFormatVersion(json);
  if (version === 'not-attune') return refuse(reject('not-attune', 'no attune-file format'));
  if (Number.isInteger(version) && version > FORMAT_VERSION) return refuse(reject('newer-format', `format version ${version}`));

  const encrypted = isEncryptedShape(json as object);
  if (encrypted) {
    const opened = await openEncrypted(json, options, now);
    if (!opened.ok) return opened;
    json = opened.json;
  }

  const plain = plainFileSchema(now).safeParse(json);
  if (!plain.success) return refuse(invalidHeader(plain.error.issues[0]!));
  const file = plain.data;
  if (file.kind !== options.expectKind) return refuse(wrongKind(file.kind, options.expectKind));
  if ((await bodyChecksum(file.body)) !== file.sha256) return refuse(reject('damaged', 'checksum'));

  const upgrade = BODY_UPGRADES[file.formatVersion];
  if (upgrade === undefined) return refuse(reject('not-attune', `format version ${file.formatVersion}`));
  // A record may be dated up to a day after the later of this device's clock and the file's making.
  const body = bodySchemaFor(options.expectKind, recordsLatest(now, file.exportedAt)).safeParse(upgrade(file.body));
  if (!body.success) return refuse(invalidBody(body.error.issues[0]!));

  const problem = bodyProblem(options.expectKind, body.data, options.knownContent);
  if (problem) return refuse(problem);

  const header: FileHeader = {
    format: file.format,
    formatVersion: file.formatVersion,
    kind: file.kind,
    appVersion: file.appVersion,
    schemaVersion: file.schemaVersion,
    exportedAt: file.exportedAt,
    // From the body, which the checksum covers, rather than the header, which it does not.
    contentVersions: gatherContentVersions(body.data),
  };
  return { ok: true, file: { header, body: body.data, encrypted } };
}
