/** Profile database v2: intentions for the coming week and what became of them. Released: never edit. */
import type { Migration } from '../migration.ts';

export const profile0002Intentions: Migration = {
  version: 2,
  stores: {
    intentions: 'id, createdAt',
  },
};
