import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';

describe('the reflections library', () => {
  it('opens with the weekly reflection as the first way in, above the instruments', async () => {
    renderApp('/reflections');
    await screen.findByRole('heading', { level: 1, name: 'Reflections' });
    const main = screen.getByRole('main');
    const links = within(main).getAllByRole('link');
    expect(links[0]).toHaveAccessibleName('Open the weekly reflection');
    expect(links[0]).toHaveAttribute('href', '/reflect');
    expect(within(main).getAllByRole('link', { name: /^Start: / }).length).toBeGreaterThan(0);
  });
});
