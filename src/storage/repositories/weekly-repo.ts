/** Weekly reflections (finished and in progress) and the profile's preferences. */
import type { Preferences } from '../../domain/preferences.ts';
import { DEFAULT_PREFERENCES } from '../../domain/preferences.ts';
import type { WeeklyReflection } from '../../domain/weekly/weekly-reflection.ts';
import { StorageError } from '../errors.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { sealedTable } from './sealed-table.ts';

export const weeklyTable = sealedTable<WeeklyReflection, 'weekOf'>('weeklyReflections', ['weekOf']);
export const preferencesTable = sealedTable<Preferences, never>('preferences', []);

export const saveWeeklyReflection = weeklyTable.put;

/** Every weekly reflection, oldest week first. */
export function listWeeklyReflections(connection: ProfileConnection) {
  return weeklyTable.list(connection, 'weekOf');
}

/**
 * The profile's preferences, or the defaults when none are saved. A row that
 * cannot be opened (altered on disk) also gives the defaults, and is left
 * as it is: one bad record never hides the rest of the profile.
 */
export async function getPreferences(connection: ProfileConnection): Promise<Preferences> {
  try {
    return { ...DEFAULT_PREFERENCES, ...(await preferencesTable.get(connection, DEFAULT_PREFERENCES.id)) };
  } catch (error) {
    if (error instanceof StorageError && error.kind === 'corrupt') return DEFAULT_PREFERENCES;
    throw error;
  }
}

export function savePreferences(connection: ProfileConnection, preferences: Preferences): Promise<void> {
  return preferencesTable.put(connection, preferences);
}
