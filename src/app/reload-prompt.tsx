/**
 * Tells the user when a new version of the app is ready. It never reloads by
 * itself: the user chooses "Reload". While a questionnaire draft is open the
 * offer waits (a quiet note instead), so an update never interrupts answering.
 */
import { useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useSession } from '../state/session-store.ts';
import { Button } from '../ui/button.tsx';

export function ReloadPrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  const draftOpen = useSession((s) => s.draftOpen);
  const [reloading, setReloading] = useState(false);

  if (!needRefresh) return null;
  if (draftOpen) {
    return (
      <p className="notice notice--info update-prompt" role="status">
        A new version of Attune is ready. It will be offered when you finish or leave this questionnaire.
      </p>
    );
  }
  return (
    <div className="notice notice--info update-prompt" role="status">
      <p className="notice__title">A new version is ready</p>
      <div className="button-row">
        <Button
          disabled={reloading}
          onClick={() => {
            setReloading(true);
            void updateServiceWorker(true);
          }}
        >
          Reload
        </Button>
        <Button variant="secondary" onClick={() => setNeedRefresh(false)}>
          Not now
        </Button>
      </div>
    </div>
  );
}
