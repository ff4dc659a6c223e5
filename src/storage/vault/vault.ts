/**
 * The Vault seals the personal part of every record (its `payload`) on write
 * and opens it on read. Index fields stay in plaintext so queries work.
 *
 * A vault belongs to one profile. Every call names the record it is for
 * (profile, table, id): an encrypting vault binds its ciphertext to that
 * binding (as AES-GCM additional data), so a record moved to another id,
 * table or profile fails to open instead of showing the wrong content.
 *
 * A vault can be revoked (a lock, a vault change in another tab): after a
 * short grace, for seals that a lock's flush has just asked for, it refuses
 * every seal and open, and an encrypting vault forgets its key.
 */
export interface RecordBinding {
  profileId: string;
  table: string;
  id: string;
}

export interface SealOptions {
  /**
   * A background re-seal of a record already stored as it is (a body of an
   * older shape): nothing new was typed, so a refusal loses nothing and is
   * not counted in `refusedSeals`.
   */
  resealing?: boolean;
}

/** What a vault stores in a record's `payload` field. */
export type SealedPayload =
  | { scheme: 'plain'; data: unknown }
  | { scheme: 'aes-gcm'; iv: Uint8Array; ciphertext: ArrayBuffer };

export interface Vault {
  readonly scheme: SealedPayload['scheme'];
  readonly profileId: string;
  /** @throws StorageError('closed') once the vault has been revoked. */
  seal(payload: unknown, binding: RecordBinding, options?: SealOptions): Promise<SealedPayload>;
  /** @throws StorageError('corrupt') when the payload cannot be opened for this binding; StorageError('closed') once revoked. */
  open<T>(sealed: SealedPayload, binding: RecordBinding): Promise<T>;
  /**
   * Stops the vault after `graceMs` (at once for 0): later calls are refused
   * and the key is dropped. Calls made before then carry on with the key they
   * read when they were made.
   */
  revoke(graceMs?: number): void;
  /** Whether the vault has been revoked (after its grace): it seals and opens nothing more. */
  readonly revoked: boolean;
  /** How many seals were refused because the vault had been revoked (a change that was not saved; re-seals are not counted). */
  readonly refusedSeals: number;
}
