/**
 * Runs file work (file-request.ts) in a Worker, so building, checking or
 * merging a large file never freezes the page: records go to the worker a
 * page at a time and come back a page at a time, each page its own short
 * task. Where Worker is missing (unit tests in jsdom) it runs on the calling
 * thread instead: same code, same results. A worker that fails to load,
 * crashes or sends a reply that cannot be read fails every request waiting
 * on it (none is left hanging) and is replaced on the next.
 */
import type { CoachNotesBody } from '../../domain/coaching/coaching-types.ts';
import type { BackupRecords, BodyOf, FileKind, MergePlan, OpenedFile, ReadResult, RecordKind } from '../../domain/files/file-types.ts';
import { RECORD_KINDS } from '../../domain/files/file-types.ts';
import { StorageError } from '../errors.ts';
import type { Counts, FileRequest, FileResult, FinishRefused, KnownContent, PlanReply, ReadReply, RecordsFileKind, WorkerWriteOptions } from './file-request.ts';
import { emptyRecords, runFileRequest } from './file-request.ts';

let worker: Worker | undefined;
/** Counts the workers made: records handed to one are gone when it is replaced. */
let generation = 0;
let nextRequestId = 1;
let nextHeldId = 1;
const waiting = new Map<number, { resolve: (r: FileResult) => void; reject: (e: Error) => void }>();

/** Records per message back from the worker. */
const TAKE_PAGE = 250;

export const FILE_WORKER_FAILED = 'Attune could not work on the file: the part of it that does this stopped. Nothing was changed; please try again.';

function failWorker(failed: Worker, cause: unknown): void {
  if (worker !== failed) return;
  worker = undefined;
  failed.terminate();
  const entries = [...waiting.values()];
  waiting.clear();
  for (const entry of entries) entry.reject(new StorageError('unknown', { message: FILE_WORKER_FAILED, cause }));
}

function getWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  if (!worker) {
    const created = new Worker(new URL('./file.worker.ts', import.meta.url), { type: 'module', name: 'attune-file' });
    worker = created;
    generation += 1;
    created.onerror = (event) => failWorker(created, event);
    created.onmessageerror = (event) => failWorker(created, event);
    created.onmessage = (event: MessageEvent<{ requestId: number; result?: FileResult; errorName?: string }>) => {
      const { requestId, result, errorName } = event.data;
      const entry = waiting.get(requestId);
      waiting.delete(requestId);
      if (!entry) return;
      if (errorName) entry.reject(new StorageError('unknown', { message: FILE_WORKER_FAILED, cause: errorName }));
      else entry.resolve(result ?? null);
    };
  }
  return worker;
}

function run(request: FileRequest): Promise<FileResult> {
  const target = getWorker();
  if (!target) return runFileRequest(request);
  const requestId = nextRequestId++;
  return new Promise((resolve, reject) => {
    waiting.set(requestId, { resolve, reject });
    target.postMessage({ requestId, ...request });
  });
}

function workerLost(): StorageError {
  return new StorageError('unknown', { message: FILE_WORKER_FAILED, cause: 'the file worker was replaced' });
}

/** The generation of the worker that will take the next request (starting one if needed); 0 where there is none. */
function currentGeneration(): number {
  return getWorker() ? generation : 0;
}

/**
 * Fails when the worker holding something was replaced since (it crashed):
 * the new one lacks what was handed to the old, and must not be given the
 * rest as if it were the whole. `stamp` is the generation first used.
 */
function sameWorker(stamp: { generation?: number }): void {
  const now = currentGeneration();
  if (stamp.generation === undefined) stamp.generation = now;
  else if (stamp.generation !== now) throw workerLost();
}

/** Records handed to the worker page by page, under one id. */
export interface RecordsInWorker {
  readonly id: number;
  /** How many of each kind were handed over. */
  readonly counts: Counts;
  /** Checks the worker holding them is the one they were handed to. @throws StorageError */
  check(): void;
  append(kind: RecordKind, records: BackupRecords[RecordKind]): Promise<void>;
  /** Lets go of them (after a failure). */
  discard(): Promise<void>;
}

export function recordsInWorker(): RecordsInWorker {
  const id = nextHeldId++;
  const counts = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, 0])) as Counts;
  const stamp: { generation?: number } = {};
  return {
    id,
    counts,
    check: () => sameWorker(stamp),
    async append(kind, records) {
      sameWorker(stamp);
      await run({ op: 'append', id, kind, records });
      counts[kind] += records.length;
    },
    async discard() {
      await run({ op: 'discard', id });
    },
  };
}

/** Hands a whole set of records to the worker, a page at a time. */
export async function sendRecords(records: BackupRecords): Promise<RecordsInWorker> {
  const sent = recordsInWorker();
  for (const kind of RECORD_KINDS) {
    const list = records[kind] as unknown[];
    for (let start = 0; start < list.length; start += TAKE_PAGE) await sent.append(kind, list.slice(start, start + TAKE_PAGE) as BackupRecords[RecordKind]);
  }
  return sent;
}

/** Takes back records held in the worker, a page at a time, then lets the worker forget them. */
async function takeRecords(id: number, counts: Counts, stamp: { generation?: number }): Promise<BackupRecords> {
  const records = emptyRecords();
  try {
    for (const kind of RECORD_KINDS) {
      const list = records[kind] as unknown[];
      for (let start = 0; start < counts[kind]; start += TAKE_PAGE) {
        sameWorker(stamp);
        const page = (await run({ op: 'take', id, kind, start, count: TAKE_PAGE })) as unknown[];
        // Every page whole, or the take fails: never fewer records than the worker said it held.
        if (page.length !== Math.min(TAKE_PAGE, counts[kind] - start)) throw workerLost();
        for (const record of page) list.push(record);
      }
    }
  } finally {
    await run({ op: 'discard', id }).catch(() => undefined);
  }
  return records;
}

/** The error for a file the worker would not make (reading it back would refuse it): nothing was made. */
async function refusedError(refused: FinishRefused, kind: FileKind): Promise<StorageError> {
  if ('invalidBody' in refused) return new StorageError('corrupt', { message: refused.invalidBody });
  const { unrestorableMessage } = await import('../../domain/files/export-check.ts');
  return new StorageError('corrupt', { message: unrestorableMessage(refused.unrestorable, kind) });
}

/**
 * Builds a backup or share file in the worker from the records handed over in
 * `records` and the rest of its body (a Blob made there: the page never holds the text).
 * @throws StorageError ('corrupt') with a message naming what the reader would refuse
 *   (a kind of record, or a part of a share's body): no file is made.
 */
export async function finishFile<K extends RecordsFileKind>(
  records: RecordsInWorker,
  kind: K,
  rest: Omit<BodyOf<K>, 'records'>,
  options: WorkerWriteOptions,
): Promise<Blob> {
  records.check();
  const result = (await run({ op: 'finish', id: records.id, expected: records.counts, kind, rest, options })) as Blob | FinishRefused;
  if (result instanceof Blob) return result;
  throw await refusedError(result, kind);
}

/**
 * Builds a small file (a coach's notes, handed over whole) in the worker, so
 * the passphrase's key derivation never runs on the page.
 * @throws StorageError ('corrupt') when the reader would refuse the body: no file is made.
 */
export async function makeSmallFile(kind: 'coach-notes', body: CoachNotesBody, options: WorkerWriteOptions): Promise<Blob> {
  const result = (await run({ op: 'small', kind, body, options })) as Blob | FinishRefused;
  if (result instanceof Blob) return result;
  throw await refusedError(result, kind);
}

/**
 * Reads, checks and opens a file of the kind expected in the worker (a Blob
 * crosses as a handle: its bytes are read there, never on the page); its
 * records, when its kind has them, come back a page at a time.
 */
export async function readFileInWorker<K extends FileKind>(
  input: Blob,
  options: { passphrase?: string; expectKind: K; known: KnownContent; now?: Date },
): Promise<ReadResult<BodyOf<K>>> {
  const stamp = { generation: currentGeneration() };
  const reply = (await run({ op: 'read', heldId: nextHeldId++, input, options })) as ReadReply;
  if (!reply.ok) return reply;
  const { file } = reply;
  if (!('records' in file.body)) return { ok: true, file: file as OpenedFile<BodyOf<K>> };
  const records = await takeRecords(reply.heldId, reply.counts, stamp);
  return { ok: true, file: { ...file, body: { ...file.body, records } as BodyOf<K> } };
}

/** planMerge of the records handed over in `existing` and `incoming`, worked out in the worker (which then forgets both). */
export async function planMergeInWorker(existing: RecordsInWorker, incoming: RecordsInWorker): Promise<MergePlan> {
  existing.check();
  incoming.check();
  const stamp = { generation: currentGeneration() };
  const expected = { existing: existing.counts, incoming: incoming.counts };
  const { heldId, counts, ...plan } = (await run({ op: 'plan', existingId: existing.id, incomingId: incoming.id, heldId: nextHeldId++, expected })) as PlanReply;
  return { ...plan, add: await takeRecords(heldId, counts, stamp) };
}
