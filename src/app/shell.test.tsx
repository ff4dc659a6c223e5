import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useSession } from '../state/session-store.ts';
import { renderApp } from '../testing/render-app.tsx';

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
});
