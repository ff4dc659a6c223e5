/**
 * Opens the device's storage before any screen that needs a profile, and
 * stands in for those screens while no profile is open: the profile picker,
 * or the unlock form of a profile with a passphrase, with a notice when a
 * change made just before a lock could not be saved.
 */
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { ProfilePicker } from '../features/profiles/profile-picker.tsx';
import { UnlockForm } from '../features/profiles/unlock-form.tsx';
import { useSession } from '../state/session-store.ts';
import { Button } from '../ui/button.tsx';
import { Notice } from '../ui/notice.tsx';

export function StorageGate({ children }: { children: ReactNode }) {
  const status = useSession((s) => s.status);
  const error = useSession((s) => s.error);
  const start = useSession((s) => s.start);
  const lockNotice = useSession((s) => s.lockNotice);
  const notice = lockNotice && <Notice tone="warning">{lockNotice}</Notice>;

  useEffect(() => {
    void start();
  }, [start]);

  switch (status) {
    case 'failed':
      return (
        <Notice tone="alert" title="Attune cannot open your reflections">
          <p>{error}</p>
          <Button onClick={() => window.location.reload()}>Try again</Button>
        </Notice>
      );
    case 'choose':
      return (
        <>
          {notice}
          <ProfilePicker />
        </>
      );
    case 'locked':
      return (
        <>
          {notice}
          <UnlockForm />
        </>
      );
    case 'ready':
      return children;
    default:
      return (
        <p className="muted" role="status">
          Opening your reflections…
        </p>
      );
  }
}
