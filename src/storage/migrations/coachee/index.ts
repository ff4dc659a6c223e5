/** Every coachee-database schema version, oldest first. Append only. */
import type { Migration } from '../migration.ts';
import { coachee0001Initial } from './0001-initial.ts';

export const coacheeMigrations: readonly Migration[] = [coachee0001Initial];
