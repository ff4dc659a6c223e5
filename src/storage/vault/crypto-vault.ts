/**
 * CryptoVault: AES-GCM with the profile's data key. Each record is bound to
 * its profile, table and id as additional authenticated data, so an altered
 * record, or one copied to another id, table or profile, fails to open with
 * a StorageError('corrupt') instead of showing the wrong content.
 */
import { decryptRecord, encryptRecord } from '../../domain/crypto/record-cipher.ts';
import { StorageError } from '../errors.ts';
import type { RecordBinding, SealedPayload, Vault } from './vault.ts';

const TAMPERED = 'A saved record has been altered or does not belong to this profile, so it was not shown. It has been left as it was.';

export class CryptoVault implements Vault {
  readonly scheme = 'aes-gcm' as const;
  readonly profileId: string;
  readonly #key: CryptoKey;

  constructor(profileId: string, dataKey: CryptoKey) {
    this.profileId = profileId;
    this.#key = dataKey;
  }

  async seal(payload: unknown, binding: RecordBinding): Promise<SealedPayload> {
    if (binding.profileId !== this.profileId) throw new StorageError('corrupt', { message: TAMPERED });
    const { iv, ciphertext } = await encryptRecord(this.#key, payload, binding);
    return { scheme: 'aes-gcm', iv, ciphertext };
  }

  async open<T>(sealed: SealedPayload, binding: RecordBinding): Promise<T> {
    // A plaintext record inside an encrypted profile was not written by this app: refuse it.
    if (sealed.scheme !== 'aes-gcm' || binding.profileId !== this.profileId) {
      throw new StorageError('corrupt', { message: TAMPERED });
    }
    try {
      return await decryptRecord<T>(this.#key, { iv: sealed.iv, ciphertext: sealed.ciphertext }, binding);
    } catch (error) {
      throw new StorageError('corrupt', { message: TAMPERED, cause: error });
    }
  }
}
