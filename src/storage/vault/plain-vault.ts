/**
 * PlainVault: the vault of a personal profile with no lock. Payloads are
 * stored as they are; the profile binding is still checked so that code
 * written against it behaves the same once the encrypting vault arrives.
 * Once revoked (a lock, or a passphrase set in another tab) it refuses to
 * write anything more, so a tab that missed the change cannot keep writing
 * plaintext.
 */
import { StorageError } from '../errors.ts';
import { Revocation } from './revocation.ts';
import type { RecordBinding, SealedPayload, SealOptions, Vault } from './vault.ts';

export class PlainVault implements Vault {
  readonly scheme = 'plain' as const;
  readonly profileId: string;
  readonly #revocation = new Revocation();

  constructor(profileId: string) {
    this.profileId = profileId;
  }

  get refusedSeals(): number {
    return this.#revocation.refusedSeals;
  }

  get revoked(): boolean {
    return this.#revocation.revoked;
  }

  revoke(graceMs = 0): void {
    this.#revocation.revoke(graceMs, () => undefined);
  }

  private check(binding: RecordBinding): void {
    if (binding.profileId !== this.profileId) {
      throw new StorageError('corrupt', { message: 'A record of another profile was opened with this profile.' });
    }
  }

  seal(payload: unknown, binding: RecordBinding, options: SealOptions = {}): Promise<SealedPayload> {
    try {
      this.#revocation.checkSeal(!options.resealing);
      this.check(binding);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    return Promise.resolve({ scheme: 'plain', data: payload });
  }

  open<T>(sealed: SealedPayload, binding: RecordBinding): Promise<T> {
    try {
      this.#revocation.checkOpen();
      this.check(binding);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    if (sealed.scheme !== 'plain') {
      return Promise.reject(new StorageError('corrupt', { message: 'This record is encrypted and this profile is not unlocked.' }));
    }
    return Promise.resolve(sealed.data as T);
  }
}
