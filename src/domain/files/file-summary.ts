/** STUB (contract): replaced by the domain helper. */
import type { OpenedFile, FileSummary } from './file-types.ts';

export function summariseBackup(_file: OpenedFile): FileSummary {
  throw new Error('not built yet');
}
