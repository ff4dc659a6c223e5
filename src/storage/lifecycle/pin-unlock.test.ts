// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { WrongSecretError } from '../../domain/crypto/data-key.ts';
import { createWithSecret } from '../vault/kdf-client.ts';
import type { VaultDescriptor } from '../vault/vault-descriptor.ts';
import { forgetPin, pinProfileId, setPinFromPassphrase, unwrapWithPin } from './pin-unlock.ts';

const PASSPHRASE = 'kettle harbour violet seventeen';
/** Few rounds for the passphrase: these tests are about the key, not the derivation's cost. */
const TEST_KDF = { name: 'PBKDF2-SHA256', iterations: 1000, salt: 'AAECAwQFBgcICQoLDA0ODw==' } as const;

async function descriptor(): Promise<VaultDescriptor> {
  const { wrappedKey } = await createWithSecret(PASSPHRASE, TEST_KDF);
  return { scheme: 'aes-gcm', kdf: TEST_KDF, wrappedKey };
}

afterEach(() => forgetPin());

describe('the session PIN', () => {
  it('is set from the passphrase, and unlocks a key that cannot be exported', async () => {
    await setPinFromPassphrase('p1', await descriptor(), PASSPHRASE, '246810');
    expect(pinProfileId()).toBe('p1');
    const key = await unwrapWithPin('p1', '246810');
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('is refused with a wrong passphrase, and nothing is kept', async () => {
    await expect(setPinFromPassphrase('p1', await descriptor(), 'not the passphrase', '246810')).rejects.toBeInstanceOf(WrongSecretError);
    expect(pinProfileId()).toBeNull();
  });

  it('is forgotten after 5 wrong PINs', async () => {
    await setPinFromPassphrase('p1', await descriptor(), PASSPHRASE, '246810');
    for (let attempt = 1; attempt <= 5; attempt++) await expect(unwrapWithPin('p1', `99999${attempt}`)).rejects.toBeInstanceOf(WrongSecretError);
    expect(pinProfileId()).toBeNull();
    await expect(unwrapWithPin('p1', '246810')).rejects.toMatchObject({ name: 'StorageError' });
  });
});
