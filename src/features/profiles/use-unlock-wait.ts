/**
 * The wait after too many wrong passphrases, as the unlock form shows it.
 * When it ends is read from storage (so it survives a reload, and a wait
 * that a wrong passphrase has just started shows at once) or taken from an
 * UnlockWaitError. While it runs, a clock ticks on each whole second left,
 * so the countdown moves by itself and the wait ends exactly at `retryAt`.
 * The announcement for screen readers changes far less often: when the wait
 * starts, at coarse steps, and when it ends.
 */
import { useCallback, useEffect, useState } from 'react';
import { describeWait, nextAttemptAt } from '../../domain/crypto/retry-delay.ts';
import { useSession } from '../../state/session-store.ts';
import type { DirectoryDatabase } from '../../storage/directory.ts';
import { waitUntil } from './describe-error.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Whole minutes left, counted in steps of 5 above 5 minutes and of 1 below: what is announced. */
function announcedStep(remaining: number): number {
  const minutes = Math.ceil(remaining / MINUTE);
  return minutes > 5 ? Math.ceil(minutes / 5) * 5 : minutes;
}

/** When the next attempt is allowed (epoch ms; 0 when it already is, or the record cannot be read). */
async function readRetryAt(directory: DirectoryDatabase, profileId: string): Promise<number> {
  try {
    const { getFailures } = await import('../../storage/repositories/unlock-attempts-repo.ts');
    return nextAttemptAt(await getFailures(directory, profileId));
  } catch {
    return 0; // the next attempt itself reports any wait
  }
}

interface Wait {
  retryAt: number;
  /** The step at the start, announced with the whole explanation. */
  firstStep: number;
  firstText: string;
}

export interface UnlockWait {
  /** A wait is running: unlocking is not possible until it ends. */
  waiting: boolean;
  /** Milliseconds left (0 when not waiting). */
  remaining: number;
  /** The polite announcement: empty, the start of a wait, a coarse step, or its end. */
  announcement: string;
  /** After a failed attempt: takes the wait from an UnlockWaitError, or checks whether a wrong passphrase started one. Returns true for a wait. */
  noteFailure: (error: unknown) => boolean;
}

export function useUnlockWait(profileId: string | undefined): UnlockWait {
  const directory = useSession((s) => s.directory);
  const [wait, setWait] = useState<Wait | null>(null);
  const [now, setNow] = useState(() => Date.now());

  const begin = useCallback((retryAt: number) => {
    const at = Date.now();
    setNow(at);
    if (retryAt <= at) return;
    setWait({
      retryAt,
      firstStep: announcedStep(retryAt - at),
      firstText: `Too many wrong attempts. You can try again in ${describeWait(retryAt - at)}.`,
    });
  }, []);

  const check = useCallback(() => {
    if (!directory || !profileId) return;
    void readRetryAt(directory, profileId).then(begin);
  }, [directory, profileId, begin]);

  useEffect(() => {
    if (!directory || !profileId) return;
    let current = true;
    void readRetryAt(directory, profileId).then((retryAt) => {
      if (current) begin(retryAt);
    });
    return () => {
      current = false;
    };
  }, [directory, profileId, begin]);

  const remaining = wait ? Math.max(0, wait.retryAt - now) : 0;
  const waiting = remaining > 0;

  useEffect(() => {
    if (!waiting) return;
    // To the next whole second left, so the last tick lands exactly on retryAt.
    const timer = setTimeout(() => setNow(Date.now()), remaining % SECOND || SECOND);
    return () => clearTimeout(timer);
  }, [waiting, remaining]);

  let announcement = '';
  if (wait) {
    const step = announcedStep(remaining);
    if (!waiting) announcement = 'You can try again now.';
    else if (step >= wait.firstStep) announcement = wait.firstText;
    else announcement = `You can try again in ${describeWait(step * MINUTE)}.`;
  }

  const noteFailure = useCallback(
    (error: unknown) => {
      const retryAt = waitUntil(error);
      if (retryAt !== null) {
        begin(retryAt);
        return true;
      }
      check();
      return false;
    },
    [begin, check],
  );

  return { waiting, remaining, announcement, noteFailure };
}
