import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';
import { LibraryScreen } from './library-screen.tsx';

function renderLibrary() {
  render(
    <MemoryRouter>
      <LibraryScreen />
    </MemoryRouter>,
  );
}

/** An instrument's card, by its title. */
function card(name: string): HTMLElement {
  return screen.getByRole('listitem', { name });
}

describe('the reflection library', () => {
  it('says how long each instrument takes, and how long with the optional notes', () => {
    renderLibrary();
    expect(card('Compassionate leadership self-assessment')).toHaveTextContent('Every few months · about 7 minutes, 10 with the optional notes');
    expect(card('Weekly compassionate leadership pulse')).toHaveTextContent('Weekly · about 5 minutes, 10 with the optional notes');
  });

  it('says the minutes and nothing more for a check-in with no optional notes', () => {
    renderLibrary();
    expect(card('Self-compassion and self-care check-in')).toHaveTextContent(/Whenever you need it · about 2 minutes(?!,)/);
  });

  it('opens with the weekly reflection as the first way in, above the instruments', async () => {
    renderApp('/reflections');
    await screen.findByRole('heading', { level: 1, name: 'Reflections' });
    const main = screen.getByRole('main');
    const links = within(main).getAllByRole('link');
    expect(links[0]).toHaveAccessibleName('Open the weekly reflection');
    expect(links[0]).toHaveAttribute('href', '/reflect');
    expect(within(main).getAllByRole('link', { name: /^Start: / }).length).toBeGreaterThan(0);
  });

  it('names all five parts of the weekly reflection', () => {
    renderLibrary();
    expect(screen.getByRole('region', { name: 'The weekly reflection' })).toHaveTextContent(
      'five short parts: the weekly pulse, a short practice, a journal prompt, what became of last week’s intention, and an intention for the week ahead.',
    );
  });
});
