/**
 * What merging a file's records into a profile would do, decided before
 * anything is written. Records are compared by their canonical JSON, id by
 * id, kind by kind:
 *   - an id not yet here: added as it is;
 *   - the same id with the same content: skipped (identical);
 *   - the same id with different content: kept beside the one here under a
 *     fresh id, and every reference to it among the incoming records is
 *     rewritten to that id (so a journal entry still points at its result);
 *   - drafts (one per questionnaire, whose id is the questionnaire's) and
 *     the preferences cannot sit beside one already here: the current one is
 *     kept and the incoming one counted as not merged.
 * Nothing already here is ever overwritten or lost. The inputs are not changed.
 */
import { canonicalJson } from './canonical.ts';
import type { BackupRecords, MergePlan, RecordKind } from './file-types.ts';
import { RECORD_KINDS } from './file-types.ts';

/** Kinds of which a profile holds one per id by nature: a second cannot sit beside the first. */
const SINGLE_KINDS: ReadonlySet<RecordKind> = new Set(['drafts', 'preferences']);

/** Which fields of a kind refer to a record of another kind. */
const REFERENCES: { [K in RecordKind]?: ReadonlyArray<readonly [field: string, target: RecordKind]> } = {
  weeklyReflections: [
    ['pulseResponseId', 'responses'],
    ['practiceLogId', 'practiceLog'],
    ['journalEntryId', 'journal'],
    ['intentionId', 'intentions'],
  ],
  journal: [
    ['responseId', 'responses'],
    ['intentionId', 'intentions'],
  ],
  intentions: [['responseId', 'responses']],
};

function zeroCounts(): Record<RecordKind, number> {
  return { responses: 0, drafts: 0, intentions: 0, journal: 0, practiceLog: 0, weeklyReflections: 0, preferences: 0 };
}

type AnyRecord = { id: string } & Record<string, unknown>;

/**
 * What merging `incoming` into `existing` adds, skips and keeps beside.
 * `newId` makes fresh ids (crypto.randomUUID in the app).
 */
export function planMerge(existing: BackupRecords, incoming: BackupRecords, newId: () => string): MergePlan {
  const identical = zeroCounts();
  const keptBeside = zeroCounts();
  const notMerged = zeroCounts();
  const renamed = new Map<RecordKind, Map<string, string>>();
  const chosen = new Map<RecordKind, AnyRecord[]>();

  for (const kind of RECORD_KINDS) {
    const here = new Map<string, string>();
    for (const record of existing[kind] as AnyRecord[]) here.set(record.id, canonicalJson(record));
    const renames = new Map<string, string>();
    const toAdd: AnyRecord[] = [];
    for (const record of incoming[kind] as AnyRecord[]) {
      const current = here.get(record.id);
      if (current === undefined) {
        toAdd.push(record);
      } else if (current === canonicalJson(record)) {
        identical[kind] += 1;
      } else if (SINGLE_KINDS.has(kind)) {
        notMerged[kind] += 1;
      } else {
        const id = newId();
        renames.set(record.id, id);
        toAdd.push({ ...record, id });
        keptBeside[kind] += 1;
      }
    }
    renamed.set(kind, renames);
    chosen.set(kind, toAdd);
  }

  const add = {} as Record<RecordKind, AnyRecord[]>;
  for (const kind of RECORD_KINDS) {
    const fields = REFERENCES[kind] ?? [];
    add[kind] = chosen.get(kind)!.map((record) => {
      let copy: AnyRecord | undefined;
      for (const [field, target] of fields) {
        const reference = record[field];
        const to = typeof reference === 'string' ? renamed.get(target)!.get(reference) : undefined;
        if (to !== undefined) {
          copy ??= { ...record };
          copy[field] = to;
        }
      }
      return copy ?? record;
    });
  }
  return { add: add as unknown as BackupRecords, identical, keptBeside, notMerged };
}
