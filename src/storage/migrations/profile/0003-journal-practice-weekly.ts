/**
 * Profile database v3: journal entries, the practice log, weekly reflections
 * and the profile's own preferences. Index fields only are plaintext (ids
 * and dates); everything else is sealed. Released: never edit.
 */
import type { Migration } from '../migration.ts';

export const profile0003JournalPracticeWeekly: Migration = {
  version: 3,
  stores: {
    journal: 'id, createdAt',
    practiceLog: 'id, date',
    weeklyReflections: 'id, weekOf',
    preferences: 'id',
  },
};
