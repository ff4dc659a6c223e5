/**
 * Runs file work (file-request.ts) in a Worker, so building or checking a
 * large file never freezes the page. Where Worker is missing (unit tests in
 * jsdom) it runs on the calling thread instead: same code, same results. A
 * worker that fails to load, crashes or sends a reply that cannot be read
 * fails every request waiting on it (none is left hanging) and is replaced
 * on the next. Requests are answered in the order they were sent.
 */
import type { BackupBody, BackupRecords, FileKind, ReadResult, RecordKind } from '../../domain/files/file-types.ts';
import { StorageError } from '../errors.ts';
import type { FileRequest, FileResult, KnownContent } from './file-request.ts';
import { runFileRequest } from './file-request.ts';

let worker: Worker | undefined;
let nextRequestId = 1;
let nextBuildId = 1;
const waiting = new Map<number, { resolve: (r: FileResult) => void; reject: (e: Error) => void }>();

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

function run(request: FileRequest, transfer: Transferable[] = []): Promise<FileResult> {
  const target = getWorker();
  if (!target) return runFileRequest(request);
  const requestId = nextRequestId++;
  return new Promise((resolve, reject) => {
    waiting.set(requestId, { resolve, reject });
    target.postMessage({ requestId, ...request }, transfer);
  });
}

/** A file being built in the worker: hand it records page by page, then finish (or discard) it. */
export interface FileBuild {
  append(kind: RecordKind, records: BackupRecords[RecordKind]): Promise<void>;
  /** The file's text. */
  finish(
    kind: FileKind,
    profile: BackupBody['profile'],
    unreadable: BackupBody['unreadable'],
    options: { passphrase?: string; appVersion: string; schemaVersion: number; now: Date },
  ): Promise<string>;
  discard(): Promise<void>;
}

export function startFileBuild(): FileBuild {
  const buildId = nextBuildId++;
  return {
    async append(kind, records) {
      await run({ op: 'append', buildId, kind, records });
    },
    async finish(kind, profile, unreadable, options) {
      return (await run({ op: 'finish', buildId, kind, profile, unreadable, options })) as string;
    },
    async discard() {
      await run({ op: 'discard', buildId });
    },
  };
}

/** Checks and opens a file's bytes (handed over to the worker: `input` is unusable afterwards). */
export async function readFileInWorker(
  input: Uint8Array<ArrayBuffer>,
  options: { passphrase?: string; expectKind: FileKind; known: KnownContent; now?: Date },
): Promise<ReadResult<BackupBody>> {
  return (await run({ op: 'read', input, options }, [input.buffer])) as ReadResult<BackupBody>;
}
