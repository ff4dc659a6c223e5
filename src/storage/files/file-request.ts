/**
 * What the file worker does, off the page's thread: build a file (a backup
 * or a share) from records handed to it page by page (canonical JSON,
 * checksum, optional encryption) into a Blob, build a small file (a coach's
 * notes) handed over whole, read, check and open a chosen file of any kind,
 * and plan a merge (comparing
 * every record by its canonical JSON). Large results are kept here and
 * taken back a page at a time, so the page never spends one long task
 * receiving a decade of records. The same code runs on the calling thread
 * where there is no Worker (jsdom). The file format's code (zod schemas,
 * crypto) is imported only when first needed, so it stays out of the
 * storage chunk the app loads at start-up.
 */
import type { CoachNotesBody } from '../../domain/coaching/coaching-types.ts';
import type { BackupRecords, BodyOf, FileKind, MergePlan, OpenedFile, Rejection, RecordKind } from '../../domain/files/file-types.ts';
import { RECORD_KINDS } from '../../domain/files/file-types.ts';
import type { Unrestorable } from '../../domain/files/export-check.ts';
import { reject } from '../../domain/files/rejections.ts';

/** Questionnaire versions the app has, by questionnaire id (see known-content.ts). */
export type KnownContent = Record<string, readonly number[]>;

export type Counts = Record<RecordKind, number>;

/** An opened file whose records (when its kind has them) wait in the worker under `heldId` (its body's `records` are then empty). */
export type ReadReply = { ok: true; file: OpenedFile<BodyOf<FileKind>>; heldId: number; counts: Counts } | { ok: false; rejection: Rejection };

/** The kinds of file built from records handed over page by page. */
export type RecordsFileKind = 'backup' | 'share';

/** Options for writing a file in the worker. */
export interface WorkerWriteOptions {
  passphrase?: string;
  appVersion: string;
  schemaVersion: number;
  now: Date;
}

/** A merge plan whose records to add wait in the worker under `heldId`. */
export type PlanReply = Omit<MergePlan, 'add'> & { heldId: number; counts: Counts };

export type FileRequest =
  | { op: 'append'; id: number; kind: RecordKind; records: BackupRecords[RecordKind] }
  | {
      op: 'finish';
      id: number;
      /** How many records of each kind were handed over under `id`. */
      expected: Counts;
      kind: RecordsFileKind;
      /** The body but its records. */
      rest: Omit<BodyOf<RecordsFileKind>, 'records'>;
      options: WorkerWriteOptions;
    }
  | { op: 'small'; kind: 'coach-notes'; body: CoachNotesBody; options: WorkerWriteOptions }
  | { op: 'read'; heldId: number; input: Blob; options: { passphrase?: string; expectKind: FileKind; known: KnownContent; now?: Date } }
  | { op: 'plan'; existingId: number; incomingId: number; heldId: number; expected: { existing: Counts; incoming: Counts } }
  | { op: 'take'; id: number; kind: RecordKind; start: number; count: number }
  | { op: 'discard'; id: number };

/**
 * A file not made because reading it back would refuse it: some of its
 * records (export-check.ts), or, for a share or notes file, the body itself
 * (`place` names where, never what it holds).
 */
export type FinishRefused = { unrestorable: Unrestorable } | { invalidBody: string };

export type FileResult = null | Blob | FinishRefused | ReadReply | PlanReply | BackupRecords[RecordKind];

/** Records handed over, or kept for taking back, by id. */
const held = new Map<number, BackupRecords>();

export function emptyRecords(): BackupRecords {
  return { responses: [], drafts: [], intentions: [], journal: [], practiceLog: [], weeklyReflections: [], preferences: [] };
}

function countsOf(records: BackupRecords): Counts {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, records[kind].length])) as Counts;
}

/** The error when records handed over are not all here (a worker replaced since, or an id never handed over). */
export const HELD_RECORDS_MISSING = 'HeldRecordsMissing';

function missing(): Error {
  const error = new Error('records handed to the file worker are not all here');
  error.name = HELD_RECORDS_MISSING;
  return error;
}

/**
 * Takes the records held under `id` (handed over page by page), which must
 * number `expected` of each kind: none held is right only when none were
 * handed over; any other difference is an error, never a shorter file.
 */
function release(id: number, expected: Counts): BackupRecords {
  const records = held.get(id) ?? (RECORD_KINDS.every((kind) => expected[kind] === 0) ? emptyRecords() : undefined);
  held.delete(id);
  if (!records || RECORD_KINDS.some((kind) => records[kind].length !== expected[kind])) throw missing();
  return records;
}

/** Why the reader would refuse `body` as a `kind` file made at `now`, or undefined when it would open. */
async function bodyRefused(kind: FileKind, body: unknown, now: Date): Promise<FinishRefused | undefined> {
  const { bodySchemaFor } = await import('../../domain/files/body-schemas.ts');
  const checked = bodySchemaFor(kind, now).safeParse(body);
  if (checked.success) return undefined;
  const { invalidBody } = await import('../../domain/files/invalid-message.ts');
  return { invalidBody: invalidBody(checked.error.issues[0]!).message };
}

/** The file as a Blob, made here and handed over as a handle: the page never holds the file's text. */
async function writeBlob(kind: FileKind, body: unknown, options: WorkerWriteOptions): Promise<Blob> {
  const { writeAttuneFile } = await import('../../domain/files/write-file.ts');
  return new Blob([await writeAttuneFile(kind, body, options)], { type: 'application/json' });
}

export async function runFileRequest(request: FileRequest): Promise<FileResult> {
  switch (request.op) {
    case 'append': {
      let records = held.get(request.id);
      if (!records) held.set(request.id, (records = emptyRecords()));
      const list = records[request.kind] as unknown[];
      for (const record of request.records) list.push(record);
      return null;
    }
    case 'take': {
      const records = held.get(request.id);
      if (!records) throw missing();
      return records[request.kind].slice(request.start, request.start + request.count) as BackupRecords[RecordKind];
    }
    case 'discard':
      held.delete(request.id);
      return null;
    case 'finish': {
      const body = { ...request.rest, records: release(request.id, request.expected) };
      // Never hand back a file the app would refuse to open: every record is held to the reader's schemas first,
      const { unrestorableRecords } = await import('../../domain/files/export-check.ts');
      const unrestorable = unrestorableRecords(body.records, request.options.now);
      if (unrestorable) return { unrestorable };
      // and a share's whole body to a share's (drafts and preferences empty, records within its scope).
      if (request.kind !== 'backup') {
        const refused = await bodyRefused(request.kind, body, request.options.now);
        if (refused) return refused;
      }
      return writeBlob(request.kind, body, request.options);
    }
    case 'small': {
      const refused = await bodyRefused(request.kind, request.body, request.options.now);
      return refused ?? writeBlob(request.kind, request.body, request.options);
    }
    case 'read': {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await request.input.arrayBuffer());
      } catch {
        // The file went away or could not be read from the disk while being read: it may be incomplete.
        return { ok: false, rejection: reject('truncated', 'the file could not be read to its end') };
      }
      const { known, ...options } = request.options;
      const { readAttuneFile } = await import('../../domain/files/read-file.ts');
      const result = await readAttuneFile(bytes, { ...options, knownContent: (id, version) => known[id]?.includes(version) ?? false });
      if (!result.ok) return result;
      const { body } = result.file;
      // A notes file is small and has no records: it crosses whole.
      if (!('records' in body)) return { ok: true, file: result.file, heldId: request.heldId, counts: countsOf(emptyRecords()) };
      held.set(request.heldId, body.records);
      const file = { ...result.file, body: { ...body, records: emptyRecords() } };
      return { ok: true, file, heldId: request.heldId, counts: countsOf(body.records) };
    }
    case 'plan': {
      const { planMerge } = await import('../../domain/files/merge-plan.ts');
      const { add, ...plan } = planMerge(release(request.existingId, request.expected.existing), release(request.incomingId, request.expected.incoming), () => crypto.randomUUID());
      held.set(request.heldId, add);
      return { ...plan, heldId: request.heldId, counts: countsOf(add) };
    }
  }
}
