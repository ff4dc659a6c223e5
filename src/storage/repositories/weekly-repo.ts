/** Weekly reflections (finished and in progress) and the profile's preferences. */
import type { Preferences } from '../../domain/preferences.ts';
import { DEFAULT_PREFERENCES } from '../../domain/preferences.ts';
import type { WeeklyReflection } from '../../domain/weekly/weekly-reflection.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { sealedTable } from './sealed-table.ts';

export const weeklyTable = sealedTable<WeeklyReflection, 'weekOf'>('weeklyReflections', ['weekOf']);
const preferencesTable = sealedTable<Preferences, never>('preferences', []);

export const saveWeeklyReflection = weeklyTable.put;

/** Every weekly reflection, oldest week first. */
export function listWeeklyReflections(connection: ProfileConnection) {
  return weeklyTable.list(connection, 'weekOf');
}

export async function getPreferences(connection: ProfileConnection): Promise<Preferences> {
  return { ...DEFAULT_PREFERENCES, ...(await preferencesTable.get(connection, DEFAULT_PREFERENCES.id)) };
}

export function savePreferences(connection: ProfileConnection, preferences: Preferences): Promise<void> {
  return preferencesTable.put(connection, preferences);
}
