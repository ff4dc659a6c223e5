/**
 * The shell around every screen: skip link, header (brand, the main
 * navigation on wide screens, "More", the lock), status banners, the main
 * region, and the main navigation as a bottom bar on narrow screens.
 *
 * The navigation and "More" are shown only while a profile is open: on the
 * picker or the unlock form every place would only lead back to the same
 * form, and on a shared tablet the next person should meet nothing but it
 * (docs/decisions/0014-navigation.md). Storage is opened here as well as by
 * each screen's gate, so a screen without one (the not-found page, loaded
 * directly) still reaches 'ready' and shows the navigation. It is not shown
 * while 'idle': a locked device passes idle → opening → locked, and would
 * flash it before the unlock form.
 */
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useSession } from '../state/session-store.ts';
import { Button } from '../ui/button.tsx';
import { useAutoLock } from './auto-lock.ts';
import { MainNav } from './main-nav.tsx';
import { MoreMenu } from './more-menu.tsx';
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
  const start = useSession((s) => s.start);
  useEffect(() => {
    void start();
  }, [start]);
  // Only once a profile is open: not on the picker or the unlock form, nor while storage opens (so a locked tablet never flashes it).
  const closed = useSession((s) => s.status !== 'ready');
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
          {!closed && <MainNav />}
          <OfflineIndicator />
          <div className="shell__actions">
            {!closed && <MoreMenu />}
            <LockButton />
          </div>
        </div>
      </header>
      <div className="shell__status">
        <ReloadPrompt />
        <StorageNotices />
      </div>
      <main id="main" className={`shell__main${closed ? '' : ' shell__main--with-nav'}`} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
