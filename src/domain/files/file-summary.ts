/**
 * What a backup holds, for the preview before a restore: how many records of
 * each kind, the earliest and latest dates among them, who exported it and
 * when, with which app, what could not be read when it was made, and whether
 * it was protected with a passphrase.
 */
import type { BackupRecords, FileSummary, OpenedFile, RecordKind } from './file-types.ts';
import { RECORD_KINDS } from './file-types.ts';

/** The date each kind of record is known by (ISO instants or YYYY-MM-DD days). */
const DATE_OF: { [K in RecordKind]?: (record: BackupRecords[K][number]) => string } = {
  responses: (record) => record.completedAt,
  drafts: (record) => record.updatedAt,
  intentions: (record) => record.createdAt,
  journal: (record) => record.createdAt,
  practiceLog: (record) => record.date,
  weeklyReflections: (record) => record.weekOf,
};

export function summariseBackup(file: OpenedFile): FileSummary {
  const { records, profile, unreadable } = file.body;
  const counts = {} as Record<RecordKind, number>;
  let from: string | null = null;
  let to: string | null = null;
  for (const kind of RECORD_KINDS) {
    const list = records[kind] as ReadonlyArray<BackupRecords[typeof kind][number]>;
    counts[kind] = list.length;
    const dateOf = DATE_OF[kind] as ((record: unknown) => string) | undefined;
    if (dateOf === undefined) continue;
    for (const record of list) {
      // ISO instants (UTC) and YYYY-MM-DD days sort as text; a day sorts before the instants of its date.
      const date = dateOf(record);
      if (from === null || date < from) from = date;
      if (to === null || date > to) to = date;
    }
  }
  return {
    displayName: profile.displayName,
    exportedAt: file.header.exportedAt,
    appVersion: file.header.appVersion,
    counts,
    from,
    to,
    unreadable: { ...unreadable },
    encrypted: file.encrypted,
  };
}
