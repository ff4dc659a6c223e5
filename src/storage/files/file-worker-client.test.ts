/**
 * The file worker failing: a worker that cannot load, or crashes mid-way,
 * must not leave a backup or a restore busy for ever. Worker is stubbed,
 * since jsdom has none (and there the client does the work in the page).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A worker that never answers by itself; the test makes it fail. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;

  constructor() {
    FakeWorker.made.push(this);
  }

  postMessage(message: unknown): void {
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function outcomeWithin(promise: Promise<unknown>, ms: number): Promise<unknown> {
  return Promise.race([
    promise.then(
      (value) => ({ resolved: value }),
      (error: unknown) => error,
    ),
    new Promise((resolve) => setTimeout(() => resolve('still waiting'), ms)),
  ]);
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the file worker failing', () => {
  it('rejects every waiting request with a message that can be shown, and the next request starts a new worker', async () => {
    const { readFileInWorker, startFileBuild } = await import('./file-worker-client.ts');
    const build = startFileBuild();
    const appending = build.append('journal', []);
    const reading = readFileInWorker(new Uint8Array([123, 125]), { expectKind: 'backup', known: {} });
    expect(FakeWorker.made).toHaveLength(1);
    const [first] = FakeWorker.made;
    expect(first!.posted).toHaveLength(2);

    first!.onerror?.(new Event('error'));

    const failed = { name: 'StorageError', message: expect.stringMatching(/could not work on the file.*Nothing was changed/i) };
    expect(await outcomeWithin(appending, 200)).toMatchObject(failed);
    expect(await outcomeWithin(reading, 200)).toMatchObject(failed);
    expect(first!.terminated).toBe(true);

    void build.discard().catch(() => undefined);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('does the same when a reply cannot be read, or the worker reports an error', async () => {
    const { readFileInWorker } = await import('./file-worker-client.ts');
    const reading = readFileInWorker(new Uint8Array([1]), { expectKind: 'backup', known: {} });
    FakeWorker.made[0]!.onmessageerror?.(new MessageEvent('messageerror'));
    expect(await outcomeWithin(reading, 200)).toMatchObject({ name: 'StorageError' });

    const again = readFileInWorker(new Uint8Array([1]), { expectKind: 'backup', known: {} });
    const second = FakeWorker.made[1]!;
    const { requestId } = second.posted[0] as { requestId: number };
    second.onmessage?.(new MessageEvent('message', { data: { requestId, errorName: 'TypeError' } }));
    expect(await outcomeWithin(again, 200)).toMatchObject({ name: 'StorageError', message: expect.stringMatching(/could not work on the file/i) });
  });
});
