/**
 * The one file format for everything that leaves Attune (backups now; shares
 * and coach notes later): the shapes every part of the app agrees on. The zod
 * schemas that check a file on its way in live beside this module and must
 * infer to these types (see envelope.ts and record-schemas.ts).
 *
 * A file is JSON:
 *   plain     { format, formatVersion, kind, appVersion, schemaVersion, exportedAt,
 *               contentVersions, sha256, body }
 *   encrypted { format, formatVersion, kind, appVersion, schemaVersion, exportedAt,
 *               encrypted: { cipher, kdf, iv, check, ciphertext } }
 * where an encrypted file's ciphertext opens to the plain file's JSON text.
 */
import type { CoachNotesBody, ShareBody } from '../coaching/coaching-types.ts';
import type { AssessmentDraft, AssessmentResponse } from '../questionnaire/response.ts';
import type { Intention } from '../intentions/intention.ts';
import type { JournalEntry } from '../journal/entry.ts';
import type { PracticeLogEntry } from '../practice/practice-log.ts';
import type { Preferences } from '../preferences.ts';
import type { WeeklyReflection } from '../weekly/weekly-reflection.ts';

/** The `format` field of every Attune file. */
export const FILE_FORMAT = 'attune-file';

/**
 * The newest format version this app writes and reads; every older one keeps opening.
 * When it rises, freeze the old version's fixtures and keep their test (tests/fixtures/files/README.md).
 */
export const FORMAT_VERSION = 1;

/** What a file is for: a whole profile, a leader's share with a coach, a coach's notes back to a leader. */
export type FileKind = 'backup' | 'share' | 'coach-notes';

/** The body each kind of file carries (share and notes bodies: domain/coaching/coaching-types.ts). */
export interface BodyByKind {
  backup: BackupBody;
  share: ShareBody;
  'coach-notes': CoachNotesBody;
}

export type BodyOf<K extends FileKind> = BodyByKind[K];

/** The largest file Attune reads (checked from the file's size before reading it). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** A draft as stored and exported: its questionnaire id is its id. */
export type StoredDraft = Omit<AssessmentDraft, 'questionnaireId'> & { id: string };

/** Every kind of record a profile holds, as the repositories return them (current shapes only). */
export interface BackupRecords {
  responses: AssessmentResponse[];
  drafts: StoredDraft[];
  intentions: Intention[];
  journal: JournalEntry[];
  practiceLog: PracticeLogEntry[];
  weeklyReflections: WeeklyReflection[];
  /** Zero or one. */
  preferences: Preferences[];
}

export type RecordKind = keyof BackupRecords;

export const RECORD_KINDS: readonly RecordKind[] = ['responses', 'drafts', 'intentions', 'journal', 'practiceLog', 'weeklyReflections', 'preferences'];

/** The body of a backup: a whole profile. */
export interface BackupBody {
  profile: { displayName: string };
  records: BackupRecords;
  /** Records that could not be read when the backup was made, by kind: they are not in the file. */
  unreadable: Partial<Record<RecordKind, number>>;
}

/** Everything about a file but its body (readable before the body is trusted). */
export interface FileHeader {
  format: typeof FILE_FORMAT;
  formatVersion: number;
  kind: FileKind;
  /** The app version and profile schema version that wrote it. */
  appVersion: string;
  schemaVersion: number;
  /** ISO 8601, UTC. */
  exportedAt: string;
  /** Every questionnaire version the body refers to, by questionnaire id, ascending. */
  contentVersions: Record<string, number[]>;
}

export interface OpenedFile<B = BackupBody> {
  header: FileHeader;
  body: B;
  /** Whether it was protected with a passphrase. */
  encrypted: boolean;
}

/** Why a file was refused. Each has a human message (rejections.ts). */
export type RejectionReason =
  | 'too-large' // over MAX_FILE_BYTES, refused before reading
  | 'not-attune' // not JSON, or JSON that is not an Attune file
  | 'truncated' // JSON that ends early
  | 'newer-format' // "update Attune to open this file"
  | 'wrong-kind' // e.g. a share opened as a backup
  | 'needs-passphrase' // encrypted and no passphrase given
  | 'wrong-passphrase'
  | 'damaged' // checksum or GCM tag does not match: altered or corrupted
  | 'too-deep' // nesting beyond the limit
  | 'forbidden-key' // __proto__, constructor or prototype as a key anywhere
  | 'kdf-out-of-range' // key-derivation parameters outside the accepted range
  | 'duplicate-ids'
  | 'unknown-content' // a questionnaire version this app does not have: update Attune
  | 'invalid'; // fails the schema: impossible date, out-of-range answer, oversized string…

export interface Rejection {
  reason: RejectionReason;
  /** One or two plain sentences for the person, ending with what to do. */
  message: string;
  /** Where, for the curious and for tests: e.g. "journal entry 12: createdAt". Never contains personal text. */
  detail?: string;
}

export type ReadResult<B = BackupBody> = { ok: true; file: OpenedFile<B> } | { ok: false; rejection: Rejection };

export interface ReadOptions {
  /** For an encrypted file. */
  passphrase?: string;
  /** The kind the caller can use; another kind is refused with 'wrong-kind'. */
  expectKind: FileKind;
  /** Whether this app has a questionnaire's version (from src/content). */
  knownContent: (questionnaireId: string, version: number) => boolean;
  /** For "impossible dates" (later than now + a day); default new Date(). */
  now?: Date;
  /** Derives the AES-GCM key from a passphrase and the file's KDF parameters; injectable so tests can memoise. */
  deriveKey?: (passphrase: string, kdf: { iterations: number; salt: string }) => Promise<CryptoKey>;
}

export interface WriteOptions {
  passphrase?: string;
  /** PBKDF2 iterations; at least MIN_PBKDF2_ITERATIONS (the default). */
  iterations?: number;
  appVersion: string;
  schemaVersion: number;
  now: Date;
  /** Derives the AES-GCM key for a passphrase (default deriveFileKey); injectable so tests can memoise. */
  deriveKey?: (passphrase: string, kdf: { iterations: number; salt: string }) => Promise<CryptoKey>;
}

/** What a merge would do (planMerge), per kind. */
export interface MergePlan {
  /** Records to write: new ids as they are, and those kept beside an existing one under a fresh id (references rewritten). */
  add: BackupRecords;
  /** Records already present exactly as they are: skipped. */
  identical: Record<RecordKind, number>;
  /** Records whose id exists with different content: added beside it under a fresh id. */
  keptBeside: Record<RecordKind, number>;
  /** Records that cannot sit beside one already here (a second draft of one questionnaire, the preferences): the current one is kept. */
  notMerged: Record<RecordKind, number>;
}

/** What a file holds, for the preview before a restore. */
export interface FileSummary {
  displayName: string;
  exportedAt: string;
  appVersion: string;
  counts: Record<RecordKind, number>;
  /** Earliest and latest dates among the records (ISO or YYYY-MM-DD), or null when there are none. */
  from: string | null;
  to: string | null;
  unreadable: Partial<Record<RecordKind, number>>;
  encrypted: boolean;
}
