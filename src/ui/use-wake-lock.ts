/**
 * Keeps the screen awake while `active` (a practice running), with the
 * Screen Wake Lock API where the browser has it. The browser drops the lock
 * when the page is hidden, so it is asked for again when the page is visible
 * once more. Released when `active` turns false and on unmount. Where the
 * API is missing or the request is refused, nothing happens.
 */
import { useEffect } from 'react';

export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let live = true;
    let sentinel: WakeLockSentinel | null = null;
    let pending = false;

    async function request() {
      if (pending || (sentinel && !sentinel.released)) return;
      pending = true;
      try {
        const next = (await navigator.wakeLock?.request('screen')) ?? null;
        if (live) sentinel = next;
        else void next?.release().catch(() => {});
      } catch {
        // Refused (battery saver, permissions policy, hidden page): the practice goes on without it.
      } finally {
        pending = false;
      }
    }

    function onVisibilityChange() {
      if (document.visibilityState === 'visible') void request();
    }

    void request();
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisibilityChange);
      if (sentinel && !sentinel.released) void sentinel.release().catch(() => {});
      sentinel = null;
    };
  }, [active]);
}
