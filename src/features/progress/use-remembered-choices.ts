/**
 * The two choices Progress remembers in the profile's preferences: the range
 * shown (progressRange, 'year' until one is chosen) and whether the calendar
 * of weeks is hidden (hideWeeksCalendar). A choice shows at once; saving
 * follows, one save after another, each on the latest stored preferences, so
 * a change made meanwhile elsewhere (the weekly rhythm) is kept. Nothing is
 * saved while the database is read-only; the choice still applies on screen.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef, useState } from 'react';
import type { Preferences } from '../../domain/preferences.ts';
import type { RangeChoice } from '../../domain/progress/progress-types.ts';
import { toStorageError } from '../../storage/errors.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { getPreferences, savePreferences } from '../../storage/repositories/weekly-repo.ts';

export const DEFAULT_RANGE: RangeChoice = 'year';

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
  const preferences = useLiveQuery(() => getPreferences(connection), [connection]);
  const [chosen, setChosen] = useState<{ range?: RangeChoice; weeksHidden?: boolean }>({});
  const [error, setError] = useState<string | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());

  const save = useCallback(
    (change: Partial<Preferences>) => {
      if (readOnly) return;
      saving.current = saving.current
        .then(async () => savePreferences(connection, { ...(await getPreferences(connection)), ...change }))
        .then(
          () => setError(null),
          (caught: unknown) => setError(toStorageError(caught).message),
        );
    },
    [connection, readOnly],
  );
  const setRange = useCallback(
    (range: RangeChoice) => {
      setChosen((c) => ({ ...c, range }));
      save({ progressRange: range });
    },
    [save],
  );
  const setWeeksHidden = useCallback(
    (weeksHidden: boolean) => {
      setChosen((c) => ({ ...c, weeksHidden }));
      save({ hideWeeksCalendar: weeksHidden });
    },
    [save],
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
