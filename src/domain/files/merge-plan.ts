/** STUB (contract): replaced by the domain helper. */
import type { BackupRecords, MergePlan } from './file-types.ts';

/** What merging `incoming` into `existing` adds, skips and keeps beside. `newId` makes fresh ids (crypto.randomUUID in the app). */
export function planMerge(_existing: BackupRecords, _incoming: BackupRecords, _newId: () => string): MergePlan {
  throw new Error('not built yet');
}
