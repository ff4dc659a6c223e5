/**
 * How a profile's records are sealed, stored in the profile's own database
 * (meta row "vault"), written in the same transaction as the records it
 * describes, so the two can never disagree. For an encrypted profile it holds
 * the KDF parameters and the data key wrapped by the passphrase-derived key;
 * deleting it makes every record of the profile unreadable.
 */
import type { WrappedKey } from '../../domain/crypto/data-key.ts';
import type { Pbkdf2Params } from '../../domain/crypto/kdf.ts';

export type VaultDescriptor =
  | { scheme: 'plain' }
  | { scheme: 'aes-gcm'; kdf: Pbkdf2Params; wrappedKey: WrappedKey };

export const VAULT_META_KEY = 'vault';

/** The tables whose rows carry a sealed `payload`. Every table but `meta` must be listed (see its test). */
export const SEALED_TABLES = ['responses', 'drafts', 'intentions', 'journal', 'practiceLog', 'weeklyReflections', 'preferences', 'sharesMade', 'coachComments', 'coachees'] as const;
