/**
 * The weekly rhythm (due day, the run of weeks, the calendar reminder) on
 * its own, for the Settings screen, which the app composes it into.
 */
import { useConnection } from '../../state/session-store.ts';
import { useWeekly } from './use-weekly.ts';
import { WeeklyPreferences } from './weekly-preferences.tsx';

export function WeeklyRhythmSettings() {
  const connection = useConnection();
  const weekly = useWeekly(connection);
  if (weekly === undefined) return <p role="status">Loading your weekly rhythm…</p>;
  return <WeeklyPreferences connection={connection} preferences={weekly.preferences} />;
}
