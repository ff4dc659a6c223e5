/** Shows that the device is offline, and that this is fine: everything works and saves locally. */
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}

export function OfflineIndicator() {
  const online = useOnline();
  return (
    <p className="offline-badge" role="status" hidden={online}>
      {online ? '' : 'Offline — everything still works and saves on this device'}
    </p>
  );
}
