/**
 * CryptoVault: AES-GCM with the profile's data key. Each record is bound to
 * its profile, table and id as additional authenticated data, so an altered
 * record, or one copied to another id, table or profile, fails to open with
 * a StorageError('corrupt') instead of showing the wrong content.
 *
 * The key is read when seal or open is called, before anything is awaited,
 * so a seal a lock has just asked for completes even if the vault is revoked
 * meanwhile; once revoked, the vault holds no key and refuses every call.
 */
import { decryptRecord, encryptRecord } from '../../domain/crypto/record-cipher.ts';
import { StorageError } from '../errors.ts';
import { Revocation } from './revocation.ts';
import type { RecordBinding, SealedPayload, SealOptions, Vault } from './vault.ts';

const TAMPERED = 'A saved record has been altered or does not belong to this profile, so it was not shown. It has been left as it was.';

export class CryptoVault implements Vault {
  readonly scheme = 'aes-gcm' as const;
  readonly profileId: string;
  #key: CryptoKey | null;
  readonly #revocation = new Revocation();

  constructor(profileId: string, dataKey: CryptoKey) {
    this.profileId = profileId;
    this.#key = dataKey;
  }

  get refusedSeals(): number {
    return this.#revocation.refusedSeals;
  }

  get revoked(): boolean {
    return this.#revocation.revoked;
  }

  revoke(graceMs = 0): void {
    this.#revocation.revoke(graceMs, () => {
      this.#key = null;
    });
  }

  async seal(payload: unknown, binding: RecordBinding, options: SealOptions = {}): Promise<SealedPayload> {
    this.#revocation.checkSeal(!options.resealing);
    const key = this.#key!;
    if (binding.profileId !== this.profileId) throw new StorageError('corrupt', { message: TAMPERED });
    const { iv, ciphertext } = await encryptRecord(key, payload, binding);
    return { scheme: 'aes-gcm', iv, ciphertext };
  }

  async open<T>(sealed: SealedPayload, binding: RecordBinding): Promise<T> {
    this.#revocation.checkOpen();
    const key = this.#key!;
    // A plaintext record inside an encrypted profile was not written by this app: refuse it.
    if (sealed.scheme !== 'aes-gcm' || binding.profileId !== this.profileId) {
      throw new StorageError('corrupt', { message: TAMPERED });
    }
    try {
      return await decryptRecord<T>(key, { iv: sealed.iv, ciphertext: sealed.ciphertext }, binding);
    } catch (error) {
      throw new StorageError('corrupt', { message: TAMPERED, cause: error });
    }
  }
}
