/**
 * Opens the device's storage before any screen that needs a profile, and
 * stands in for those screens while no profile is open: the profile picker,
 * or the unlock form of a profile with a passphrase.
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
      return <ProfilePicker />;
    case 'locked':
      return <UnlockForm />;
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
