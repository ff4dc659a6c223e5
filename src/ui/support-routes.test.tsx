/**
 * The support routes read as plain text: a titled section (or a folded
 * disclosure beside a prompt) with the intro, each route and the urgent line,
 * and nothing that would take the leader off the device.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SupportDisclosure, SupportRoutesPanel, useSupportRoutes, type SupportRoutes } from './support-routes.tsx';

const ROUTES: SupportRoutes = {
  title: 'If this is weighing on you',
  intro: 'You do not have to carry this alone.',
  routes: [
    { id: 'occupational-health', name: 'Occupational health', description: 'You can usually refer yourself.' },
    { id: 'gp', name: 'Your GP', description: 'Your own GP can help.' },
  ],
  urgent: 'In an emergency call 999.',
};

describe('SupportRoutesPanel', () => {
  it('is a section named by its title at the level asked for, listing each route, with the urgent line and no links', () => {
    render(<SupportRoutesPanel routes={ROUTES} headingLevel={2} />);
    const section = screen.getByRole('region', { name: 'If this is weighing on you' });
    expect(within(section).getByRole('heading', { level: 2, name: 'If this is weighing on you' })).toBeInTheDocument();
    expect(within(section).getByText('You do not have to carry this alone.')).toBeInTheDocument();
    const items = within(within(section).getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Occupational health. You can usually refer yourself.',
      'Your GP. Your own GP can help.',
    ]);
    expect(within(section).getByText('In an emergency call 999.')).toBeInTheDocument();
    expect(within(section).queryByRole('link')).not.toBeInTheDocument();
  });

  it('uses a level 3 heading unless told', () => {
    render(<SupportRoutesPanel routes={ROUTES} />);
    expect(screen.getByRole('heading', { level: 3, name: 'If this is weighing on you' })).toBeInTheDocument();
  });
});

describe('SupportDisclosure', () => {
  it('is folded until opened, then shows the routes', async () => {
    const user = userEvent.setup();
    render(<SupportDisclosure routes={ROUTES} />);
    const summary = screen.getByText('Support if this brings up something hard');
    expect(screen.getByText('Your GP')).not.toBeVisible();
    await user.click(summary);
    expect(screen.getByText('Your GP')).toBeVisible();
    expect(screen.getByText('In an emergency call 999.')).toBeVisible();
  });
});

describe('useSupportRoutes', () => {
  function Shown({ load }: { load: () => Promise<SupportRoutes> }) {
    const routes = useSupportRoutes(load);
    return routes ? <SupportRoutesPanel routes={routes} /> : <p>Loading</p>;
  }

  it('still gives the urgent line when the routes cannot be loaded', async () => {
    const failing = () => Promise.reject(new Error('chunk missing'));
    render(<Shown load={failing} />);
    const section = await screen.findByRole('region', { name: 'If this is weighing on you' });
    expect(within(section).getByText(/call 999 or go to A&E/)).toBeInTheDocument();
    expect(within(section).getByText(/116 123/)).toBeInTheDocument();
    expect(within(section).queryByRole('list')).not.toBeInTheDocument();
  });
});
