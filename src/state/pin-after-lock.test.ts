/**
 * A PIN being made when the profile is locked must not be kept: the
 * re-wrapping of the key (in the KDF worker) is held here until the lock.
 */
import { describe, expect, it, vi } from 'vitest';
import type * as KdfClient from '../storage/vault/kdf-client.ts';
import { loadedStorage } from './session-kit.ts';
import { useSession } from './session-store.ts';

/** Lets the held re-wrapping finish; set once it is held. */
let finishRewrap: (() => void) | null = null;

vi.mock('../storage/vault/kdf-client.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof KdfClient>();
  return {
    ...actual,
    rewrapWithSecret: async (...args: Parameters<typeof actual.rewrapWithSecret>) => {
      const result = await actual.rewrapWithSecret(...args);
      await new Promise<void>((resolve) => {
        finishRewrap = resolve;
      });
      return result;
    },
  };
});

describe('the session PIN', () => {
  it('is not kept when the profile is locked while the PIN is being made', async () => {
    await useSession.getState().start();
    await useSession.getState().setPassphrase('kettle harbour violet seventeen');
    const setting = useSession.getState().setPin('kettle harbour violet seventeen', '246810');
    await vi.waitFor(() => expect(finishRewrap).not.toBeNull(), { timeout: 10_000 });
    void useSession.getState().lock();
    finishRewrap!();

    await expect(setting).rejects.toThrow(/locked before the PIN was set/);
    expect(useSession.getState().pinProfileId).toBeNull();
    expect(loadedStorage()!.pinProfileId()).toBeNull();
  });
});
