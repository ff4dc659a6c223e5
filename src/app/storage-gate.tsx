/** Opens the device's profile storage before any screen that needs it, and explains when it cannot. */
import type { ReactNode } from 'react';
import { useEffect } from 'react';
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

  if (status === 'failed') {
    return (
      <Notice tone="alert" title="Attune cannot open your reflections">
        <p>{error}</p>
        <Button onClick={() => window.location.reload()}>Try again</Button>
      </Notice>
    );
  }
  if (status !== 'ready') {
    return (
      <p className="muted" role="status">
        Opening your reflections…
      </p>
    );
  }
  return children;
}
