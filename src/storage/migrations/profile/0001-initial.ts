/** Profile database v1: finished responses, drafts in progress, and metadata. Released: never edit. */
import type { Migration } from '../migration.ts';

export const profile0001Initial: Migration = {
  version: 1,
  stores: {
    responses: 'id, questionnaireId, completedAt',
    drafts: 'id, updatedAt',
    meta: 'key',
  },
};
