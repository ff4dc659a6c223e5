/**
 * The Vault seals the personal part of every record (its `payload`) on write
 * and opens it on read. Index fields stay in plaintext so queries work.
 *
 * A vault belongs to one profile. Every call names the record it is for
 * (profile, table, id): an encrypting vault binds its ciphertext to that
 * binding (as AES-GCM additional data), so a record moved to another id,
 * table or profile fails to open instead of showing the wrong content.
 */
export interface RecordBinding {
  profileId: string;
  table: string;
  id: string;
}

/** What a vault stores in a record's `payload` field. */
export type SealedPayload =
  | { scheme: 'plain'; data: unknown }
  | { scheme: 'aes-gcm'; iv: Uint8Array; ciphertext: ArrayBuffer };

export interface Vault {
  readonly scheme: SealedPayload['scheme'];
  readonly profileId: string;
  seal(payload: unknown, binding: RecordBinding): Promise<SealedPayload>;
  /** @throws StorageError('corrupt') when the payload cannot be opened for this binding. */
  open<T>(sealed: SealedPayload, binding: RecordBinding): Promise<T>;
}
