/** Stand-in for `virtual:pwa-register/react` in jsdom: no service worker, no update, unless a test says so. */
import { useState } from 'react';

export const pwaStub = {
  needRefresh: false,
  updateServiceWorker: (_reload?: boolean): Promise<void> => Promise.resolve(),
};

export function useRegisterSW() {
  const needRefresh = useState(pwaStub.needRefresh);
  const offlineReady = useState(false);
  return { needRefresh, offlineReady, updateServiceWorker: (reload?: boolean) => pwaStub.updateServiceWorker(reload) };
}
