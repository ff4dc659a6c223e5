/**
 * Whether something the person is waiting for (a save) has taken longer than
 * it should: false at first, true once `pending` has lasted `afterMs`, and
 * false again as soon as it is no longer pending.
 */
import { useEffect, useState } from 'react';

/** A save on a device normally takes well under a second; after this long, say so. */
export const SLOW_AFTER_MS = 4000;

export function useSlowNotice(pending: boolean, afterMs = SLOW_AFTER_MS): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setSlow(true), afterMs);
    return () => {
      clearTimeout(timer);
      setSlow(false); // the next wait starts quiet again
    };
  }, [pending, afterMs]);
  return pending && slow;
}
