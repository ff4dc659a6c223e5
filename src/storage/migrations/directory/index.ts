/** Every directory-database schema version, oldest first. Append only. */
import type { Migration } from '../migration.ts';
import { directory0001Initial } from './0001-initial.ts';
import { directory0002UnlockAttempts } from './0002-unlock-attempts.ts';

export const directoryMigrations: readonly Migration[] = [directory0001Initial, directory0002UnlockAttempts];
