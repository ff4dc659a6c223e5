/**
 * Export's own check: every record about to go into a backup is held to the
 * schemas a restore holds it to (record-schemas.ts), with `now` the moment of
 * export (which becomes the file's exportedAt). A record that would be refused
 * makes the whole file unrestorable, so the backup is not made and the
 * person is told which kind of record, and how many, instead.
 */
import type { BackupRecords, FileKind, RecordKind } from './file-types.ts';
import { RECORD_KINDS } from './file-types.ts';
import { recordSchemas } from './record-schemas.ts';
import { RECORD_NAMES } from './rejections.ts';

/** The first kind holding records a restore would refuse: how many, and whether a date is why (for the first of them). */
export interface Unrestorable {
  kind: RecordKind;
  count: number;
  date: boolean;
}

const PLURALS: Record<RecordKind, string> = {
  responses: 'results',
  drafts: 'unfinished questionnaires',
  intentions: 'intentions',
  journal: 'journal entries',
  practiceLog: 'practice log entries',
  weeklyReflections: 'weekly reflections',
  preferences: 'preferences',
};

/** The first kind of record in `records` that a restore (reading the file made at `now`) would refuse, or undefined when all would restore. */
export function unrestorableRecords(records: BackupRecords, now: Date): Unrestorable | undefined {
  const schemas = recordSchemas(now);
  const byKind = {
    responses: schemas.response,
    drafts: schemas.draft,
    intentions: schemas.intention,
    journal: schemas.journalEntry,
    practiceLog: schemas.practice,
    weeklyReflections: schemas.weekly,
    preferences: schemas.preferences,
  } as const;
  for (const kind of RECORD_KINDS) {
    let count = 0;
    let date = false;
    for (const record of records[kind] as unknown[]) {
      const result = byKind[kind].safeParse(record);
      if (result.success) continue;
      if (count === 0) date = result.error.issues.some((issue) => issue.message === 'date');
      count += 1;
    }
    if (count > 0) return { kind, count, date };
  }
  return undefined;
}

/** What a person is told when a backup (or share) was not made: "1 journal entry has a date this app cannot restore, …". */
export function unrestorableMessage({ kind, count, date }: Unrestorable, fileKind: FileKind = 'backup'): string {
  const what = count === 1 ? `1 ${RECORD_NAMES[kind].one} has` : `${count} ${PLURALS[kind]} have`;
  if (fileKind !== 'backup') {
    const why = date ? 'a date that cannot be right (the device’s clock may have been wrong when it was saved)' : 'something that cannot be right';
    return `${what} ${why}, so no share was made: a file holding it could not be opened. Nothing was changed.`;
  }
  const why = date
    ? 'a date this app cannot restore (the device’s clock may have been wrong when it was saved)'
    : 'something this app cannot restore';
  return `${what} ${why}, so no backup was made: a file holding it could not be restored. Nothing was changed.`;
}
