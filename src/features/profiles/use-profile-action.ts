/**
 * Runs a profile action from a form: marks it busy from the first moment
 * (checks that take a while included, so a second press cannot start it
 * twice), and turns any failure into one plain sentence.
 */
import { useState } from 'react';
import { describeProfileError } from './describe-error.ts';

export interface ProfileAction {
  busy: boolean;
  error: string | null;
  setError: (error: string | null) => void;
  /** Runs `action`; resolves to whether it succeeded (its error is shown otherwise). */
  run: (action: () => Promise<void>) => Promise<boolean>;
}

export function useProfileAction(): ProfileAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (e) {
      setError(describeProfileError(e));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, setError, run };
}
