/** The shell around every screen: skip link, header with navigation, status banners, main region. */
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { useSession } from '../state/session-store.ts';
import { Button } from '../ui/button.tsx';
import { useAutoLock } from './auto-lock.ts';
import { OfflineIndicator } from './offline-indicator.tsx';
import { paths } from './paths.ts';
import { ReloadPrompt } from './reload-prompt.tsx';
import { StorageNotices } from './storage-notices.tsx';

/** "Lock" for a profile with a passphrase ("Hand over" on a shared device, which returns to the picker). */
function LockButton() {
  const ready = useSession((s) => s.status === 'ready');
  const hasPassphrase = useSession((s) => s.profile?.hasPassphrase ?? false);
  const guest = useSession((s) => s.profile?.guest ?? false);
  const shared = useSession((s) => s.device.sharedDevice);
  const lock = useSession((s) => s.lock);
  if (ready && guest) {
    return (
      <Button variant="secondary" className="shell__lock" onClick={() => void lock({ toPicker: true })}>
        Finish and forget
      </Button>
    );
  }
  if (!ready || !hasPassphrase) return null;
  return (
    <Button variant="secondary" className="shell__lock" onClick={() => void lock({ toPicker: shared })}>
      {shared ? 'Lock and hand over' : 'Lock'}
    </Button>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  useAutoLock();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell__header">
        <div className="shell__bar">
          <Link to={paths.home()} className="shell__brand">
            Attune
          </Link>
          <nav className="shell__nav" aria-label="Main">
            <ul>
              <li>
                <NavLink to={paths.home()} end>
                  Today
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.library()}>Reflections</NavLink>
              </li>
              <li>
                <NavLink to={paths.profiles()}>Profiles</NavLink>
              </li>
              <li>
                <NavLink to={paths.settings()}>Settings</NavLink>
              </li>
            </ul>
          </nav>
          <OfflineIndicator />
          <LockButton />
        </div>
      </header>
      <div className="shell__status">
        <ReloadPrompt />
        <StorageNotices />
      </div>
      <main id="main" className="shell__main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
