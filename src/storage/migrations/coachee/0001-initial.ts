/**
 * Coachee database v1 (`attune-coachee-<profileId>-<linkId>`, one per
 * coachee of a coach space): the newest share the coach holds of one
 * leader, and the coach's private notes on them. The record tables have the
 * names and index fields of a profile's own (so the profile's sealed tables
 * read and write them unchanged); `share` holds one row, the share's header;
 * `meta` is there because every sealed write runs in a transaction over it.
 * Index fields only are plaintext; everything else is sealed with the
 * coachee's own key. Released: never edit.
 */
import type { Migration } from '../migration.ts';

export const coachee0001Initial: Migration = {
  version: 1,
  stores: {
    meta: 'key',
    share: 'id',
    responses: 'id, questionnaireId, completedAt',
    intentions: 'id, createdAt',
    journal: 'id, createdAt',
    practiceLog: 'id, date',
    weeklyReflections: 'id, weekOf',
    notes: 'id, responseId',
  },
};
