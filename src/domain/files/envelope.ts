/**
 * The envelope of an Attune file, as zod schemas: the header every file
 * carries, then either a plain body with its checksum or an encrypted part
 * whose ciphertext opens to the plain file's JSON text (see file-types.ts).
 *
 * The version is read leniently first (readFormatVersion), so a file from a
 * newer app is refused for that reason and not as an invalid one.
 */
import { z } from 'zod';
import { FILE_CIPHER, FILE_KDF } from './file-crypto.ts';
import type { EncryptedPart } from './file-crypto.ts';
import { FILE_FORMAT } from './file-types.ts';
import type { FileHeader, FileKind } from './file-types.ts';
import { isPlausibleExportedAt, MAX_ID_LENGTH } from './record-schemas.ts';

export const FILE_KINDS = ['backup', 'share', 'coach-notes'] as const satisfies readonly FileKind[];

/** Base64 text of at most `bytes` bytes. */
function base64(bytes: number) {
  return z.string().max(4 * Math.ceil(bytes / 3) + 4);
}

/** The parts of the header outside any encryption (an encrypted file keeps its content versions inside). */
function outerHeaderShape(now: Date) {
  return {
    format: z.literal(FILE_FORMAT),
    formatVersion: z.number().int().min(1),
    kind: z.enum(FILE_KINDS),
    appVersion: z.string().min(1).max(50),
    schemaVersion: z.number().int().min(0).max(100_000),
    exportedAt: z
      .string()
      .max(40)
      .refine((text) => isPlausibleExportedAt(text, now), { message: 'date' }),
  };
}

const contentVersions = z
  .record(z.string().min(1).max(MAX_ID_LENGTH), z.array(z.number().int().min(1).max(10_000)).max(1_000))
  .refine((map) => Object.keys(map).length <= 1_000, { message: 'too many questionnaires' });

export function headerSchema(now: Date) {
  return z.object({ ...outerHeaderShape(now), contentVersions }) satisfies z.ZodType<FileHeader>;
}

/** A plain file; its body is checked against its checksum before its schema. */
export function plainFileSchema(now: Date) {
  return z.object({
    ...outerHeaderShape(now),
    contentVersions,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    body: z.unknown(),
  });
}

/** The largest ciphertext a file within MAX_FILE_BYTES could hold is limited by the file size check itself. */
const encryptedPart = z.object({
  cipher: z.literal(FILE_CIPHER),
  kdf: z.object({ name: z.literal(FILE_KDF), iterations: z.number(), salt: base64(64) }),
  iv: base64(64),
  check: z.object({ iv: base64(64), ciphertext: base64(1024) }),
  ciphertext: z.string(),
}) satisfies z.ZodType<EncryptedPart>;

export function encryptedFileSchema(now: Date) {
  return z.object({ ...outerHeaderShape(now), encrypted: encryptedPart });
}

export type PlainFile = z.infer<ReturnType<typeof plainFileSchema>>;
export type EncryptedFile = z.infer<ReturnType<typeof encryptedFileSchema>>;

/**
 * The format version of parsed JSON read leniently: 'not-attune' when it is
 * not an object naming our format, else the version as a number (possibly
 * not a whole number or below 1, which the full schema then refuses).
 */
export function readFormatVersion(json: unknown): number | 'not-attune' {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'not-attune';
  const { format, formatVersion } = json as { format?: unknown; formatVersion?: unknown };
  if (format !== FILE_FORMAT) return 'not-attune';
  return typeof formatVersion === 'number' ? formatVersion : Number.NaN;
}

/** Whether parsed JSON has an `encrypted` part (and so no plain body). */
export function isEncryptedShape(json: object): boolean {
  return Object.prototype.hasOwnProperty.call(json, 'encrypted');
}
