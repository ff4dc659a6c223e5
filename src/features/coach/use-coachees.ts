/**
 * The coach space's coachees, read once when the screen opens and again
 * whenever `reload` is called (after a share is taken in). Undefined while
 * loading; a failure to read is said in `error`.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CoacheeSummary } from '../../domain/coaching/coaching-types.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { listCoachees } from './coach-actions.ts';
import { messageOf } from './message-of.ts';

export function useCoachees(connection: ProfileConnection, enabled: boolean) {
  const [coachees, setCoachees] = useState<CoacheeSummary[]>();
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    listCoachees(connection).then(
      (list) => {
        if (!live) return;
        setCoachees(list);
        setError(null);
      },
      (caught: unknown) => live && setError(messageOf(caught, 'Your coachees could not be read. Nothing has been changed; reloading the page may help.')),
    );
    return () => {
      live = false;
    };
  }, [connection, enabled, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { coachees, error, reload };
}
