/**
 * One coachee's newest share, opened from their own database for the
 * review, and their private notes; each read again on `reload`. Undefined
 * while loading; a failure (such as a coachee no longer here) is in `error`.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CoachNote } from '../../domain/coaching/coaching-types.ts';
import type { CoacheeReview } from '../../storage/coaching/coach-types.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { listCoachNotes, openCoacheeReview } from './coach-actions.ts';
import { messageOf } from './message-of.ts';

const NOT_READ = 'This coachee could not be opened. Nothing has been changed; reloading the page may help.';

export function useCoacheeReview(connection: ProfileConnection, linkId: string) {
  const [loaded, setLoaded] = useState<{ linkId: string; review: CoacheeReview } | { linkId: string; error: string }>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    openCoacheeReview(connection, linkId).then(
      (review) => live && setLoaded({ linkId, review }),
      (caught: unknown) => live && setLoaded({ linkId, error: messageOf(caught, NOT_READ) }),
    );
    return () => {
      live = false;
    };
  }, [connection, linkId, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const current = loaded?.linkId === linkId ? loaded : undefined;
  return { review: current && 'review' in current ? current.review : undefined, error: current && 'error' in current ? current.error : null, reload };
}

export function useCoachNotes(connection: ProfileConnection, linkId: string) {
  const [notes, setNotes] = useState<{ linkId: string; list: CoachNote[] }>();
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    listCoachNotes(connection, linkId).then(
      (list) => {
        if (!live) return;
        setNotes({ linkId, list });
        setError(null);
      },
      (caught: unknown) => live && setError(messageOf(caught, 'Your notes could not be read. Nothing has been changed; reloading the page may help.')),
    );
    return () => {
      live = false;
    };
  }, [connection, linkId, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { notes: notes?.linkId === linkId ? notes.list : undefined, error, reload };
}
