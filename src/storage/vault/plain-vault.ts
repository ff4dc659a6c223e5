/**
 * PlainVault: the vault of a personal profile with no lock. Payloads are
 * stored as they are; the profile binding is still checked so that code
 * written against it behaves the same once the encrypting vault arrives.
 */
import { StorageError } from '../errors.ts';
import type { RecordBinding, SealedPayload, Vault } from './vault.ts';

export class PlainVault implements Vault {
  readonly scheme = 'plain' as const;
  readonly profileId: string;

  constructor(profileId: string) {
    this.profileId = profileId;
  }

  private check(binding: RecordBinding): void {
    if (binding.profileId !== this.profileId) {
      throw new StorageError('corrupt', { message: 'A record of another profile was opened with this profile.' });
    }
  }

  seal(payload: unknown, binding: RecordBinding): Promise<SealedPayload> {
    this.check(binding);
    return Promise.resolve({ scheme: 'plain', data: payload });
  }

  open<T>(sealed: SealedPayload, binding: RecordBinding): Promise<T> {
    this.check(binding);
    if (sealed.scheme !== 'plain') {
      return Promise.reject(new StorageError('corrupt', { message: 'This record is encrypted and this profile is not unlocked.' }));
    }
    return Promise.resolve(sealed.data as T);
  }
}
