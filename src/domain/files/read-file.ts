/** STUB (contract): replaced by the domain helper. */
import type { BackupBody, ReadOptions, ReadResult } from './file-types.ts';

/**
 * Checks and opens an Attune file: size, nesting, forbidden keys, JSON, the
 * envelope and its version, the passphrase, the checksum, then the body's
 * schema. Never throws for bad input: every refusal is a Rejection.
 */
export async function readAttuneFile(_input: string | Uint8Array, _options: ReadOptions): Promise<ReadResult<BackupBody>> {
  throw new Error('not built yet');
}
