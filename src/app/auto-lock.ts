/**
 * Auto-lock on a shared device: after the chosen idle minutes (default 5),
 * at once when the app is hidden (another app, the screen off, a closed
 * tab), and at most 12 hours after unlocking. Any lock also locks every
 * other open tab (see state/lock-channel.ts).
 */
import { useEffect } from 'react';
import { useSession } from '../state/session-store.ts';

export const MAX_UNLOCKED_MS = 12 * 60 * 60 * 1000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

export function useAutoLock(): void {
  const shared = useSession((s) => s.device.sharedDevice);
  const minutes = useSession((s) => s.device.autoLockMinutes);
  const unlockedAt = useSession((s) => s.unlockedAt);
  // A guest session ends the same way, so the next person cannot read it.
  const lockable = useSession((s) => (s.profile?.hasPassphrase ?? false) || (s.profile?.guest ?? false));
  const lock = useSession((s) => s.lock);
  const active = shared && lockable && unlockedAt !== null;

  useEffect(() => {
    if (!active) return;
    let idleTimer: ReturnType<typeof setTimeout>;
    const lockNow = () => void lock({ toPicker: true });
    const resetIdle = () => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(lockNow, minutes * 60_000);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') lockNow();
    };
    const maxTimer = setTimeout(lockNow, Math.max(0, unlockedAt + MAX_UNLOCKED_MS - Date.now()));
    resetIdle();
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, resetIdle, { passive: true, capture: true });
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(idleTimer);
      clearTimeout(maxTimer);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, resetIdle, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [active, minutes, unlockedAt, lock]);
}
