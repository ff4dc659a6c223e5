// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CryptoVault } from './crypto-vault.ts';
import { PlainVault } from './plain-vault.ts';

const binding = { profileId: 'p1', table: 'journal', id: 'e1' };

async function cryptoVault(): Promise<CryptoVault> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  return new CryptoVault('p1', key);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('revoking a vault', () => {
  it('still seals during the grace, then refuses every seal and open, and counts what it refused', async () => {
    const vault = await cryptoVault();
    const sealed = await vault.seal({ text: 'before' }, binding);
    vault.revoke(800);
    vi.advanceTimersByTime(799);
    await expect(vault.seal({ text: 'in the grace' }, binding)).resolves.toMatchObject({ scheme: 'aes-gcm' });
    expect(vault.refusedSeals).toBe(0);
    vi.advanceTimersByTime(1);
    await expect(vault.seal({ text: 'too late' }, binding)).rejects.toMatchObject({ name: 'StorageError', kind: 'closed' });
    await expect(vault.open(sealed, binding)).rejects.toMatchObject({ kind: 'closed' });
    expect(vault.refusedSeals).toBe(1);
  });

  it('completes a seal asked for before the key was dropped', async () => {
    const vault = await cryptoVault();
    const started = vault.seal({ text: 'typed just before the lock' }, binding);
    vault.revoke(0);
    await expect(started).resolves.toMatchObject({ scheme: 'aes-gcm' });
    await expect(vault.seal({ text: 'after' }, binding)).rejects.toMatchObject({ kind: 'closed' });
  });

  it('a later revoke never postpones an earlier one', async () => {
    const vault = await cryptoVault();
    vault.revoke(800);
    vi.advanceTimersByTime(500);
    vault.revoke(800);
    vi.advanceTimersByTime(300);
    await expect(vault.seal({}, binding)).rejects.toMatchObject({ kind: 'closed' });
  });

  it('stops a plain vault writing too, so a tab that missed a passphrase being set cannot write plaintext', async () => {
    const vault = new PlainVault('p1');
    vault.revoke(0);
    await expect(vault.seal({ text: 'plaintext' }, binding)).rejects.toMatchObject({ kind: 'closed' });
    expect(vault.refusedSeals).toBe(1);
  });

  it('refuses a background re-seal of a stored record without counting it as a change that was not saved', async () => {
    const vault = await cryptoVault();
    vault.revoke(0);
    await expect(vault.seal({ text: 'stored long ago' }, binding, { resealing: true })).rejects.toMatchObject({ kind: 'closed' });
    expect(vault.refusedSeals).toBe(0);
    const plain = new PlainVault('p1');
    plain.revoke(0);
    await expect(plain.seal({ text: 'stored long ago' }, binding, { resealing: true })).rejects.toMatchObject({ kind: 'closed' });
    expect(plain.refusedSeals).toBe(0);
  });
});
