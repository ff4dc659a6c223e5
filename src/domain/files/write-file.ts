/**
 * Writes an Attune file: the header (with every questionnaire version the
 * body refers to), the SHA-256 of the body's canonical JSON, and the body,
 * as compact JSON; with a passphrase, that text is sealed whole inside an
 * encrypted envelope that shows only the header's outer parts.
 */
import { bodyChecksum } from './canonical.ts';
import { encryptFileText } from './file-crypto.ts';
import type { EncryptedFile, PlainFile } from './envelope.ts';
import { FILE_FORMAT, FORMAT_VERSION } from './file-types.ts';
import type { FileKind, WriteOptions } from './file-types.ts';

interface Versioned {
  questionnaireVersion?: unknown;
  questionnaireId?: unknown;
  id?: unknown;
}

/**
 * Every questionnaire version among a body's results and drafts, by
 * questionnaire id (ids in order, versions ascending and unique). A draft's
 * id is its questionnaire's id.
 */
export function gatherContentVersions(body: unknown): Record<string, number[]> {
  const records = (body as { records?: { responses?: unknown; drafts?: unknown } } | null)?.records;
  const found = new Map<string, Set<number>>();
  const note = (questionnaireId: unknown, version: unknown) => {
    if (typeof questionnaireId !== 'string' || typeof version !== 'number') return;
    const versions = found.get(questionnaireId) ?? new Set<number>();
    versions.add(version);
    found.set(questionnaireId, versions);
  };
  if (Array.isArray(records?.responses)) for (const r of records.responses as Versioned[]) note(r.questionnaireId, r.questionnaireVersion);
  if (Array.isArray(records?.drafts)) for (const d of records.drafts as Versioned[]) note(d.id, d.questionnaireVersion);
  const result: Record<string, number[]> = {};
  for (const questionnaireId of [...found.keys()].sort()) {
    result[questionnaireId] = [...found.get(questionnaireId)!].sort((a, b) => a - b);
  }
  return result;
}

/**
 * The file's text: the envelope around `body`, with its checksum, encrypted
 * when a passphrase is given.
 * @throws RangeError when a passphrase is given empty, or with iterations
 *   outside MIN_PBKDF2_ITERATIONS to MAX_PBKDF2_ITERATIONS.
 * @throws TypeError when the body has no JSON form.
 */
export async function writeAttuneFile(kind: FileKind, body: unknown, options: WriteOptions): Promise<string> {
  const header = {
    format: FILE_FORMAT,
    formatVersion: FORMAT_VERSION,
    kind,
    appVersion: options.appVersion,
    schemaVersion: options.schemaVersion,
    exportedAt: options.now.toISOString(),
  } as const;
  const plain: PlainFile = { ...header, contentVersions: gatherContentVersions(body), sha256: await bodyChecksum(body), body };
  const plainText = JSON.stringify(plain);
  if (options.passphrase === undefined) return plainText;
  const encrypted = await encryptFileText(plainText, options.passphrase, header, {
    ...(options.iterations === undefined ? {} : { iterations: options.iterations }),
    ...(options.deriveKey === undefined ? {} : { deriveKey: options.deriveKey }),
  });
  const file: EncryptedFile = { ...header, encrypted };
  return JSON.stringify(file);
}
