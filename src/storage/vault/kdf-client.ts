/**
 * Runs key derivation in a Worker so the interface never freezes, one
 * request at a time. Where Worker is missing (unit tests in jsdom), it runs
 * on the calling thread instead: same code, same results. A worker that
 * fails to load, crashes or sends a reply that cannot be read fails every
 * request waiting on it (none is left hanging) and is replaced on the next.
 */
import type { WrappedKey } from '../../domain/crypto/data-key.ts';
import { WrongSecretError } from '../../domain/crypto/data-key.ts';
import type { Pbkdf2Params } from '../../domain/crypto/kdf.ts';
import { StorageError } from '../errors.ts';
import type { KdfRequest, KdfResult } from './kdf-request.ts';
import { runKdfRequest } from './kdf-request.ts';

let worker: Worker | undefined;
let nextRequestId = 1;
const waiting = new Map<number, { resolve: (r: KdfResult) => void; reject: (e: Error) => void }>();

const WORKER_FAILED = 'Attune could not work out the key: the part of it that does this stopped. Nothing was changed; please try again.';

/** Fails every waiting request and drops the worker, so the next request starts a new one. */
function failWorker(failed: Worker, cause: unknown): void {
  if (worker !== failed) return;
  worker = undefined;
  failed.terminate();
  const entries = [...waiting.values()];
  waiting.clear();
  for (const entry of entries) entry.reject(new StorageError('unknown', { message: WORKER_FAILED, cause }));
}

function getWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  if (!worker) {
    const created = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module', name: 'attune-kdf' });
    worker = created;
    created.onerror = (event) => failWorker(created, event);
    created.onmessageerror = (event) => failWorker(created, event);
    created.onmessage = (event: MessageEvent<{ requestId: number; result?: KdfResult; errorName?: string }>) => {
      const { requestId, result, errorName } = event.data;
      const entry = waiting.get(requestId);
      waiting.delete(requestId);
      if (!entry) return;
      if (errorName) entry.reject(errorName === 'WrongSecretError' ? new WrongSecretError() : new Error(`Key derivation failed (${errorName})`));
      else entry.resolve(result!);
    };
  }
  return worker;
}

function run(request: KdfRequest): Promise<KdfResult> {
  const target = getWorker();
  if (!target) return runKdfRequest(request);
  const requestId = nextRequestId++;
  return new Promise((resolve, reject) => {
    waiting.set(requestId, { resolve, reject });
    target.postMessage({ requestId, ...request });
  });
}

/** A new data key wrapped by `secret`, and its live copy (not extractable). */
export async function createWithSecret(secret: string, kdf: Pbkdf2Params): Promise<{ wrappedKey: WrappedKey; dataKey: CryptoKey }> {
  return (await run({ op: 'create', secret, kdf })) as { wrappedKey: WrappedKey; dataKey: CryptoKey };
}

/**
 * The live data key (not extractable).
 * @throws WrongSecretError when the secret does not unwrap the key.
 */
export async function unwrapWithSecret(secret: string, kdf: Pbkdf2Params, wrappedKey: WrappedKey): Promise<CryptoKey> {
  return (await run({ op: 'unwrap', secret, kdf, wrappedKey })) as CryptoKey;
}

/**
 * The data key wrapped by `secret`, wrapped instead by `newSecret` (a new
 * passphrase, or a session PIN); the key itself never leaves the worker.
 * @throws WrongSecretError when `secret` does not unwrap it.
 */
export async function rewrapWithSecret(
  secret: string,
  kdf: Pbkdf2Params,
  wrappedKey: WrappedKey,
  newSecret: string,
  newKdf: Pbkdf2Params,
): Promise<WrappedKey> {
  return (await run({ op: 'rewrap', secret, kdf, wrappedKey, newSecret, newKdf })) as WrappedKey;
}
