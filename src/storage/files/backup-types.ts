/**
 * The storage side of backup and restore, as the screens use it: what an
 * export and an import report as they go and when they end.
 */
import type { FileSummary, MergePlan, OpenedFile, ReadResult, RecordKind } from '../../domain/files/file-types.ts';

export interface FileProgress {
  phase: 'reading' | 'preparing' | 'checking' | 'writing';
  done: number;
  total: number;
}

export type OnProgress = (progress: FileProgress) => void;

export interface MadeBackup {
  blob: Blob;
  /** e.g. "attune-backup-my-reflections-2026-12-03.json" */
  fileName: string;
  /** How many records of each kind are in it, and how many could not be read (not in it). */
  counts: Record<RecordKind, number>;
  unreadable: Partial<Record<RecordKind, number>>;
  encrypted: boolean;
}

export interface RestorePreview {
  summary: FileSummary;
  /** What merging into the open profile would do; null when there is no open profile to merge into. */
  merge: MergePlan | null;
}

export interface RestoreReport {
  profileId: string;
  added: Record<RecordKind, number>;
  identical: Record<RecordKind, number>;
  keptBeside: Record<RecordKind, number>;
  notMerged: Record<RecordKind, number>;
}

export type { OpenedFile, ReadResult };
