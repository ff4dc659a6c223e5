/** Every profile-database schema version, oldest first. Append only. */
import type { Migration } from '../migration.ts';
import { profile0001Initial } from './0001-initial.ts';
import { profile0002Intentions } from './0002-intentions.ts';
import { profile0003JournalPracticeWeekly } from './0003-journal-practice-weekly.ts';
import { profile0004IndexFieldsSealed } from './0004-index-fields-sealed.ts';
import { profile0005Coaching } from './0005-coaching.ts';

export const profileMigrations: readonly Migration[] = [profile0001Initial, profile0002Intentions, profile0003JournalPracticeWeekly, profile0004IndexFieldsSealed, profile0005Coaching];
