/**
 * Directory database v2: failed unlock attempts per profile, so the growing
 * delays between wrong passphrases survive a reload. Released: never edit.
 */
import type { Migration } from '../migration.ts';

export const directory0002UnlockAttempts: Migration = {
  version: 2,
  stores: {
    unlockAttempts: 'profileId',
  },
};
