/** The shell around every screen: skip link, header with navigation, status banners, main region. */
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { OfflineIndicator } from './offline-indicator.tsx';
import { paths } from './paths.ts';
import { ReloadPrompt } from './reload-prompt.tsx';
import { StorageNotices } from './storage-notices.tsx';

export function Layout({ children }: { children: ReactNode }) {
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
                <NavLink to={paths.settings()}>Settings</NavLink>
              </li>
            </ul>
          </nav>
          <OfflineIndicator />
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
