/**
 * Profile database v4: the sealed body of a response, a draft and an
 * intention holds its index fields too (questionnaireId, completedAt,
 * updatedAt, createdAt), so that altering them on disk is detected, as it
 * already was for the journal, the practice log and weekly reflections.
 * The indexes do not change. Plain rows are rewritten here; encrypted rows
 * cannot be (there is no key inside an upgrade), so the repositories read
 * their older body once and re-seal it (repositories/legacy-bodies.ts,
 * decision 0021). The version number itself matters too: an older app meets
 * a newer database read-only, so it can never write the older shape again.
 * Released: never edit.
 */
import type { Transaction } from 'dexie';
import type { Migration } from '../migration.ts';

interface PlainRow {
  payload: { scheme: string; data?: unknown };
  [field: string]: unknown;
}

/** Copies the row's index fields into its plain payload, when the payload has none of them yet. */
function sealIndexFields(tx: Transaction, table: string, fields: readonly string[]): Promise<number> {
  return tx
    .table<PlainRow>(table)
    .toCollection()
    .modify((row) => {
      const data = row.payload?.data;
      if (row.payload?.scheme !== 'plain' || typeof data !== 'object' || data === null) return;
      if (fields.some((field) => Object.hasOwn(data, field))) return;
      row.payload = { ...row.payload, data: { ...data, ...Object.fromEntries(fields.map((field) => [field, row[field]])) } };
    });
}

export const profile0004IndexFieldsSealed: Migration = {
  version: 4,
  stores: {},
  upgrade: async (tx) => {
    await sealIndexFields(tx, 'responses', ['questionnaireId', 'completedAt']);
    await sealIndexFields(tx, 'drafts', ['updatedAt']);
    await sealIndexFields(tx, 'intentions', ['createdAt']);
  },
};
