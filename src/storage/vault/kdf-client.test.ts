/**
 * The key worker failing: a worker that cannot load, or crashes mid-way,
 * must not leave the unlock form busy for ever. Worker is stubbed, since
 * jsdom has none (and there the client runs the derivation in the page).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pbkdf2Params } from '../../domain/crypto/kdf.ts';

const kdf: Pbkdf2Params = { name: 'PBKDF2-SHA256', iterations: 600_000, salt: 'c2FsdA==' };
const wrappedKey = { iv: 'aXY=', ciphertext: 'eA==' };

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

/** How a promise has settled within `ms`: its error, its value, or 'still waiting'. */
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

describe('the key worker failing', () => {
  it('rejects every waiting request with a message that can be shown, and the next request starts a new worker', async () => {
    const { unwrapWithSecret, rewrapWithSecret } = await import('./kdf-client.ts');
    const unlocking = unwrapWithSecret('correct horse battery staple', kdf, wrappedKey);
    const settingPin = rewrapWithSecret('correct horse battery staple', kdf, wrappedKey, '2468', kdf);
    expect(FakeWorker.made).toHaveLength(1);
    const [first] = FakeWorker.made;
    expect(first!.posted).toHaveLength(2);

    first!.onerror?.(new Event('error'));

    const message = expect.stringMatching(/could not work out the key/i);
    expect(await outcomeWithin(unlocking, 200)).toMatchObject({ name: 'StorageError', message });
    expect(await outcomeWithin(settingPin, 200)).toMatchObject({ name: 'StorageError', message });
    expect(first!.terminated).toBe(true);

    void unwrapWithSecret('correct horse battery staple', kdf, wrappedKey).catch(() => undefined);
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1]!.posted).toHaveLength(1);
  });

  it('does the same when a reply cannot be read', async () => {
    const { unwrapWithSecret } = await import('./kdf-client.ts');
    const unlocking = unwrapWithSecret('correct horse battery staple', kdf, wrappedKey);
    FakeWorker.made[0]!.onmessageerror?.(new MessageEvent('messageerror'));
    expect(await outcomeWithin(unlocking, 200)).toMatchObject({ name: 'StorageError', message: expect.stringMatching(/could not work out the key/i) });
    void unwrapWithSecret('correct horse battery staple', kdf, wrappedKey).catch(() => undefined);
    expect(FakeWorker.made).toHaveLength(2);
  });
});
