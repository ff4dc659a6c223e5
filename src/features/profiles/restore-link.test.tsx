/** The profiles screen offers a restore from a backup beside switching profile, and a guest session does not. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSession } from '../../state/session-store.ts';
import { renderApp } from '../../testing/render-app.tsx';

describe('restoring from the profiles screen', () => {
  it('links to the restore part of Back up and restore', async () => {
    renderApp('/profiles');
    await screen.findByRole('heading', { level: 1, name: 'Profiles' });
    expect(screen.getByRole('link', { name: 'Restore from a backup' })).toHaveAttribute('href', '/backup#restore');
  });

  it('is not offered in a guest session, which keeps nothing', async () => {
    renderApp('/profiles');
    await screen.findByRole('heading', { level: 1, name: 'Profiles' });
    await useSession.getState().startGuest();
    expect(await screen.findByText(/This is a guest session/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Restore from a backup' })).not.toBeInTheDocument();
  });
});
