/** STUB (contract): replaced by the domain helper. */
import type { FileKind, WriteOptions } from './file-types.ts';

/** The file's text: the envelope around `body`, with its checksum, encrypted when a passphrase is given. */
export async function writeAttuneFile(_kind: FileKind, _body: unknown, _options: WriteOptions): Promise<string> {
  throw new Error('not built yet');
}
