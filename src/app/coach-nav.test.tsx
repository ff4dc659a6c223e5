/** "Coaching" under More: offered to a coach space only (the route itself works for any profile). */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ProfileSummary } from '../state/session-store.ts';
import { useSession } from '../state/session-store.ts';
import { Layout } from './layout.tsx';

async function openMore(profile: ProfileSummary) {
  act(() => useSession.setState({ status: 'ready', profile }));
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={['/']}>
      <Layout>
        <h1>A screen</h1>
      </Layout>
    </MemoryRouter>,
  );
  await user.click(screen.getByRole('button', { name: 'More: profiles and settings' }));
}

describe('the Coaching place', () => {
  it('is listed under More for a coach space', async () => {
    await openMore({ id: 'p1', displayName: 'Jo', hasPassphrase: false, kind: 'coach' });
    expect(screen.getByRole('link', { name: 'Coaching' })).toHaveAttribute('href', '/coach');
    expect(screen.getByRole('link', { name: 'Share with a coach' })).toBeInTheDocument();
  });

  it('is not listed for a personal profile, whose sharing is still offered', async () => {
    await openMore({ id: 'p1', displayName: 'Ana', hasPassphrase: false });
    expect(screen.queryByRole('link', { name: 'Coaching' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Share with a coach' })).toHaveAttribute('href', '/share');
  });
});
