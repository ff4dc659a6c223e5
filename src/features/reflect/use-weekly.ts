/** The profile's weekly reflections and preferences, live. undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Preferences } from '../../domain/preferences.ts';
import type { WeeklyReflection } from '../../domain/weekly/weekly-reflection.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { getPreferences, listWeeklyReflections } from '../../storage/repositories/weekly-repo.ts';

export interface WeeklyData {
  reflections: WeeklyReflection[];
  unreadable: number;
  preferences: Preferences;
}

export function useWeekly(connection: ProfileConnection): WeeklyData | undefined {
  return useLiveQuery(async () => {
    const [listed, preferences] = await Promise.all([listWeeklyReflections(connection), getPreferences(connection)]);
    return { reflections: listed.items, unreadable: listed.unreadable, preferences };
  }, [connection]);
}
