/** Weeks reflected: a square per week named in words, plain words for a week missed, a table per month, and hiding. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CHART_TITLES, tableCaption } from './chart-names.ts';
import { weeksView } from './testing/fixtures.ts';
import { bodyTexts } from './testing/table-text.ts';
import { WeeksCalendar } from './weeks-calendar.tsx';

function Remembering() {
  const [hidden, setHidden] = useState(false);
  return <WeeksCalendar view={weeksView()} hidden={hidden} onHiddenChange={setHidden} />;
}

describe('WeeksCalendar', () => {
  it('names every week and its status in words, a year at a time', () => {
    const view = weeksView();
    render(<WeeksCalendar view={view} hidden={false} onHiddenChange={() => {}} />);
    const figure = screen.getByRole('figure', { name: CHART_TITLES.weeks });
    expect(within(figure).getByText(view.summary)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: '2025' })).getAllByRole('listitem').map((cell) => cell.getAttribute('aria-label'))).toEqual([
      'Week of 22 December 2025: reflected',
      'Week of 29 December 2025: no reflection',
    ]);
    expect(within(screen.getByRole('list', { name: '2026' })).getAllByRole('listitem').map((cell) => cell.getAttribute('aria-label'))).toEqual([
      'Week of 5 January 2026: reflected late',
      'Week of 12 January 2026: reflected',
      'Week of 19 January 2026: still open',
    ]);
    expect(figure.textContent).not.toMatch(/streak|missed|broke|failed/i);
  });

  it('has a table of weeks, reflected and late by month', async () => {
    const user = userEvent.setup();
    render(<WeeksCalendar view={weeksView()} hidden={false} onHiddenChange={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(bodyTexts(screen.getByRole('table', { name: tableCaption('weeks') }))).toEqual([
      ['December 2025', '2', '1', '0'],
      ['January 2026', '3', '2', '1'],
    ]);
  });

  it('hides to its heading, summary and "Show the calendar", and comes back', async () => {
    const user = userEvent.setup();
    render(<Remembering />);
    await user.click(screen.getByRole('button', { name: 'Hide the calendar' }));
    const figure = screen.getByRole('figure', { name: CHART_TITLES.weeks });
    expect(within(figure).getByText(weeksView().summary)).toBeInTheDocument();
    expect(within(figure).queryAllByRole('listitem')).toEqual([]);
    expect(within(figure).queryByRole('button', { name: 'Show as table' })).not.toBeInTheDocument();
    await user.click(within(figure).getByRole('button', { name: 'Show the calendar' }));
    expect(screen.getByRole('list', { name: '2026' })).toBeInTheDocument();
  });

  it('tells the screen when the reader hides it', async () => {
    const user = userEvent.setup();
    const onHiddenChange = vi.fn();
    render(<WeeksCalendar view={weeksView()} hidden={false} onHiddenChange={onHiddenChange} />);
    await user.click(screen.getByRole('button', { name: 'Hide the calendar' }));
    expect(onHiddenChange).toHaveBeenCalledWith(true);
  });

  it('says whether the calendar is shown, and which part of the page the button shows and hides', async () => {
    const user = userEvent.setup();
    render(<Remembering />);
    const button = screen.getByRole('button', { name: 'Hide the calendar' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const controlled = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(controlled).not.toBeNull();
    expect(within(controlled!).getByRole('list', { name: '2026' })).toBeInTheDocument();
    await user.click(button);
    expect(screen.getByRole('button', { name: 'Show the calendar' })).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(button.getAttribute('aria-controls') ?? '')).toBe(controlled);
  });
});
