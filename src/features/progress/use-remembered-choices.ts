/**
 * The two choices Progress remembers in the profile's preferences: the range
 * shown (progressRange, 'year' until one is chosen) and whether the calendar
 * of weeks is hidden (hideWeeksCalendar). A choice shows at once; saving
 * follows, one save after another, each on the latest stored preferences, so
 * a change made meanwhile elsewhere (the weekly rhythm) is kept. Nothing is
 * saved while the database is read-only; the choice still applies on screen.
 * Choices made on one profile's connection never carry over to the next.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef, useState } from 'react';
import type { Preferences } from '../../domain/preferences.ts';
import type { RangeChoice } from '../../domain/progress/progress-types.ts';
import { toStorageError } from '../../storage/errors.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { getPreferences, savePreferences } from '../../storage/repositories/weekly-repo.ts';

export const DEFAULT_RANGE: RangeChoice = 'year';

interface Chosen {
  connection: ProfileConnection;
  range?: RangeChoice;
  weeksHidden?: boolean;
}

export interface RememberedChoices {
  /** False until the saved preferences have been read. */
  ready: boolean;
  range: RangeChoice;
  weeksHidden: boolean;
  setRange: (range: RangeChoice) => void;
  setWeeksHidden: (hidden: boolean) => void;
  /** Why the last save failed, or null. */
  error: string | null;
}

export function useRememberedChoices(connection: ProfileConnection, readOnly: boolean): RememberedChoices {
  // Tagged with its connection, so the last profile's preferences are never read as this one's while the new query runs.
  const read = useLiveQuery(async () => ({ connection, preferences: await getPreferences(connection) }), [connection]);
  const preferences = read?.connection === connection ? read.preferences : undefined;
  // Choices and errors belong to the connection they were made on: another profile starts from its own preferences.
  const [made, setChosen] = useState<Chosen>({ connection });
  const [failed, setError] = useState<{ connection: ProfileConnection; message: string } | null>(null);
  const chosen = made.connection === connection ? made : { connection };
  const error = failed?.connection === connection ? failed.message : null;
  const saving = useRef<Promise<void>>(Promise.resolve());

  const save = useCallback(
    (change: Partial<Preferences>) => {
      if (readOnly) return;
      saving.current = saving.current
        .then(async () => savePreferences(connection, { ...(await getPreferences(connection)), ...change }))
        .then(
          () => setError(null),
          (caught: unknown) => setError({ connection, message: toStorageError(caught).message }),
        );
    },
    [connection, readOnly],
  );
  const setRange = useCallback(
    (range: RangeChoice) => {
      setChosen((c) => ({ ...(c.connection === connection ? c : { connection }), range }));
      save({ progressRange: range });
    },
    [connection, save],
  );
  const setWeeksHidden = useCallback(
    (weeksHidden: boolean) => {
      setChosen((c) => ({ ...(c.connection === connection ? c : { connection }), weeksHidden }));
      save({ hideWeeksCalendar: weeksHidden });
    },
    [connection, save],
  );
  return {
    ready: preferences !== undefined,
    range: chosen.range ?? preferences?.progressRange ?? DEFAULT_RANGE,
    weeksHidden: chosen.weeksHidden ?? preferences?.hideWeeksCalendar ?? false,
    setRange,
    setWeeksHidden,
    error,
  };
}
