/**
 * The wait after too many wrong passphrases, as the unlock form shows it.
 * How long is left is read from storage (so it survives a reload, and a wait
 * that a wrong passphrase has just started shows at once) or taken from an
 * UnlockWaitError. It is counted down on a steady clock (performance.now()),
 * as storage measures it, so changing the device's clock neither ends the
 * countdown early nor stretches it. While it runs, a clock ticks on each
 * whole second left, so the countdown moves by itself and ends exactly when
 * the wait does.
 * A wait started in another tab shows when this tab is shown or focused again.
 * The announcement for screen readers changes far less often: when the wait
 * starts, at coarse steps, and when it ends.
 */
import { useCallback, useEffect, useState } from 'react';
import { describeWait } from '../../domain/crypto/retry-delay.ts';
import { useSession } from '../../state/session-store.ts';
import type { DirectoryDatabase } from '../../storage/directory.ts';
import { waitLeft } from './describe-error.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Whole minutes left, counted in steps of 5 above 5 minutes and of 1 below: what is announced. */
function announcedStep(remaining: number): number {
  const minutes = Math.ceil(remaining / MINUTE);
  return minutes > 5 ? Math.ceil(minutes / 5) * 5 : minutes;
}

/** A clock that changing the device's date and time does not move. */
const steadyNow = () => performance.now();

/**
 * Milliseconds before the next attempt is allowed (0 when it already is, or
 * the record cannot be read). While the form shows, this tab counts the wait's time.
 */
async function readWaitLeft(directory: DirectoryDatabase, profileId: string): Promise<number> {
  try {
    const [{ readWait }, { keepWaitTime }] = await Promise.all([
      import('../../storage/repositories/unlock-attempts-repo.ts'),
      import('../../storage/wait-keeper.ts'),
    ]);
    keepWaitTime(directory);
    return await readWait(directory, profileId);
  } catch {
    return 0; // the next attempt itself reports any wait
  }
}

interface Wait {
  /** When it ends, on the steady clock. */
  endsAt: number;
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
  const [now, setNow] = useState(steadyNow);

  const begin = useCallback((left: number) => {
    const at = steadyNow();
    setNow(at);
    if (left <= 0) return;
    setWait({
      endsAt: at + left,
      firstStep: announcedStep(left),
      firstText: `Too many wrong attempts. You can try again in ${describeWait(left)}.`,
    });
  }, []);

  const check = useCallback(() => {
    if (!directory || !profileId) return;
    void readWaitLeft(directory, profileId).then(begin);
  }, [directory, profileId, begin]);

  useEffect(() => {
    if (!directory || !profileId) return;
    let current = true;
    void readWaitLeft(directory, profileId).then((left) => {
      if (current) begin(left);
    });
    return () => {
      current = false;
    };
  }, [directory, profileId, begin]);

  const remaining = wait ? Math.max(0, wait.endsAt - now) : 0;
  const waiting = remaining > 0;

  // Another tab may have started a wait meanwhile: look again when the person comes back to this one.
  useEffect(() => {
    if (waiting) return;
    const lookAgain = () => {
      if (document.visibilityState === 'visible') check();
    };
    document.addEventListener('visibilitychange', lookAgain);
    window.addEventListener('focus', lookAgain);
    return () => {
      document.removeEventListener('visibilitychange', lookAgain);
      window.removeEventListener('focus', lookAgain);
    };
  }, [waiting, check]);

  useEffect(() => {
    if (!waiting) return;
    // To the next whole second left, so the last tick lands exactly when the wait ends.
    const timer = setTimeout(() => setNow(steadyNow()), remaining % SECOND || SECOND);
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
      const left = waitLeft(error);
      if (left !== null) {
        begin(left);
        return true;
      }
      check();
      return false;
    },
    [begin, check],
  );

  return { waiting, remaining, announcement, noteFailure };
}
