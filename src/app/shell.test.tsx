import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { SessionStatus } from '../state/session-store.ts';
import { useSession } from '../state/session-store.ts';
import { renderApp } from '../testing/render-app.tsx';
import { Layout } from './layout.tsx';

/** The shell alone at a route, around a stand-in screen; the session is set by the test. */
function renderShell(route: string, status: SessionStatus = 'ready') {
  act(() => useSession.setState({ status, profile: { id: 'p1', displayName: 'Ana', hasPassphrase: true } }));
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined); // jsdom has no layout; the browser tests scroll
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={[route]}>
      <Layout>
        <h1>A screen</h1>
      </Layout>
    </MemoryRouter>,
  );
  return { user };
}

function currentLinks(): string[] {
  return screen
    .queryAllByRole('link')
    .filter((link) => link.getAttribute('aria-current') === 'page')
    .map((link) => link.textContent ?? '');
}

describe('the main navigation', () => {
  it('offers the everyday places, in order, and not Profiles or Settings', () => {
    renderShell('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Today', '/'],
      ['Reflect', '/reflections'],
      ['Journal', '/journal'],
      ['Practices', '/practice'],
      ['Progress', '/progress'],
    ]);
    expect(screen.queryByRole('link', { name: 'Profiles' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Settings' })).not.toBeInTheDocument();
  });

  it.each([
    ['/', 'Today'],
    ['/reflections', 'Reflect'],
    ['/reflect', 'Reflect'],
    ['/assess/weekly-pulse', 'Reflect'],
    ['/results/r1', 'Reflect'],
    ['/history/weekly-pulse', 'Reflect'],
    ['/report', 'Reflect'],
    ['/intentions', 'Reflect'],
    ['/journal', 'Journal'],
    ['/journal/new', 'Journal'],
    ['/journal/e1', 'Journal'],
    ['/practice', 'Practices'],
    ['/practice/paced-breathing', 'Practices'],
    ['/progress', 'Progress'],
  ])('marks the current place on %s as %s, and only that', (route, label) => {
    renderShell(route);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
    expect(currentLinks()).toEqual([label]);
  });

  it.each(['/profiles', '/settings', '/nowhere'])('marks no everyday place on %s', (route) => {
    renderShell(route);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryAllByRole('link', { current: 'page' })).toEqual([]);
  });

  it.each(['idle', 'opening', 'choose', 'locked', 'failed'] as const)('shows no navigation and nothing current while the session is %s', (status) => {
    renderShell('/journal', status);
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^More/ })).not.toBeInTheDocument();
    expect(currentLinks()).toEqual([]);
  });

  it('comes back, with its current place, once the profile is open again', () => {
    renderShell('/journal', 'locked');
    act(() => useSession.setState({ status: 'ready' }));
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Journal' })).toHaveAttribute('aria-current', 'page');
  });
});

describe('“More”: profiles and settings', () => {
  it('is a button that shows and hides the links to Profiles and Settings', async () => {
    const { user } = renderShell('/');
    const more = screen.getByRole('button', { name: 'More: profiles and settings' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: 'Profiles' })).toHaveAttribute('href', '/profiles');
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings');
    await user.click(more);
    expect(screen.queryByRole('link', { name: 'Profiles' })).not.toBeInTheDocument();
  });

  it('works from the keyboard, closes on Escape and gives focus back to the button', async () => {
    const { user } = renderShell('/');
    const more = screen.getByRole('button', { name: 'More: profiles and settings' });
    more.focus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Profiles' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('link', { name: 'Profiles' })).not.toBeInTheDocument();
    expect(more).toHaveFocus();
  });

  it('closes after a link is followed, and marks where you are', async () => {
    const { user } = renderShell('/');
    await user.click(screen.getByRole('button', { name: 'More: profiles and settings' }));
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    expect(screen.queryByRole('link', { name: 'Settings' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'More: profiles and settings' }));
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    expect(currentLinks()).toEqual(['Settings']);
  });

  it('closes on a click outside it', async () => {
    const { user } = renderShell('/');
    await user.click(screen.getByRole('button', { name: 'More: profiles and settings' }));
    await user.click(screen.getByRole('heading', { level: 1, name: 'A screen' }));
    expect(screen.queryByRole('link', { name: 'Profiles' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'More: profiles and settings' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes when another place is chosen in the main navigation', async () => {
    const { user } = renderShell('/');
    await user.click(screen.getByRole('button', { name: 'More: profiles and settings' }));
    await user.click(screen.getByRole('link', { name: 'Journal' }));
    expect(screen.queryByRole('link', { name: 'Profiles' })).not.toBeInTheDocument();
  });
});

describe('the lock button', () => {
  it('stays in the header, beside “More”', () => {
    renderShell('/');
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('button', { name: 'Lock' })).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: /^More/ })).toBeInTheDocument();
  });
});

describe('the shell', () => {
  it('shows an offline indicator while the device is offline', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    expect(screen.queryByText(/Offline — everything still works/)).not.toBeInTheDocument();
    onLine.mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(screen.getByText('Offline — everything still works and saves on this device')).toBeVisible();
    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(screen.queryByText(/Offline — everything still works/)).not.toBeInTheDocument();
  });

  it('paints the home screen’s heading and way in before storage has opened', () => {
    renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the self-assessment' })).toHaveAttribute('href', '/assess/compassionate-leadership');
  });

  it('asks for a reload when another tab upgrades the database', async () => {
    renderApp('/');
    await screen.findByText(/No results yet/);
    act(() => useSession.setState({ closedByOtherTab: true }));
    expect(screen.getByRole('alert')).toHaveTextContent('Attune was updated in another tab');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('explains read-only mode when the data is newer than the app', async () => {
    renderApp('/');
    await screen.findByText(/No results yet/);
    act(() => useSession.setState({ readOnly: true }));
    expect(screen.getByText('Update Attune to keep saving')).toBeInTheDocument();
  });

  it('has a page for addresses that do not exist', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows the navigation on a page with no storage gate, loaded directly, once the profile has opened', async () => {
    renderApp('/nowhere');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Today' })).toBeInTheDocument();
    expect(useSession.getState().status).toBe('ready');
  });
});
