/** Directory database v1: the list of profiles and device-wide settings. Released: never edit. */
import type { Migration } from '../migration.ts';

export const directory0001Initial: Migration = {
  version: 1,
  stores: {
    profiles: 'id, createdAt',
    meta: 'key',
  },
};
