/** Then and now: the shapes in the table, the "Compare with" choice, the note, the keyboard. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ELEMENT_IDS, ELEMENT_NAMES } from '../../domain/elements/element-ids.ts';
import { CHART_TITLES, tableCaption } from './chart-names.ts';
import { radarView } from './testing/fixtures.ts';
import { bodyTexts } from './testing/table-text.ts';
import { ThenNowRadar } from './then-now-radar.tsx';

describe('ThenNowRadar', () => {
  it('is a figure named by its title, with its summary and the note on changed questions', () => {
    const view = radarView();
    render(<ThenNowRadar view={view} onPickThen={() => {}} />);
    const figure = screen.getByRole('figure', { name: CHART_TITLES.radar });
    expect(within(figure).getByText(view.summary)).toBeInTheDocument();
    expect(within(figure).getByText(view.note!)).toBeInTheDocument();
  });

  it('lists every earlier self-assessment by date and version under "Compare with", and reports the one picked', async () => {
    const user = userEvent.setup();
    const onPickThen = vi.fn();
    render(<ThenNowRadar view={radarView()} onPickThen={onPickThen} />);
    const select = screen.getByRole('combobox', { name: 'Compare with' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['10 June 2025 (version 2)', '12 March 2024 (version 1)']);
    expect(select).toHaveValue('a1');
    await user.selectOptions(select, '10 June 2025 (version 2)');
    expect(onPickThen).toHaveBeenCalledWith('a2');
  });

  it('has a table with each element\'s score in now, then and the aim', async () => {
    const user = userEvent.setup();
    const view = radarView();
    render(<ThenNowRadar view={view} onPickThen={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: tableCaption('radar') });
    expect(within(within(table).getAllByRole('row')[0]!).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Element',
      'Now, 20 April 2026 (version 2)',
      'Then, 12 March 2024 (version 1)',
      'Your aim',
    ]);
    const score = (value: number | null) => (value === null ? 'No score' : String(value));
    expect(bodyTexts(table)).toEqual(
      ELEMENT_IDS.map((id) => [ELEMENT_NAMES[id], score(view.now!.values[id]), score(view.then!.values[id]), score(view.aspiration!.values[id])]),
    );
  });

  it('steps through the four elements with the arrow keys', async () => {
    const user = userEvent.setup();
    const view = radarView();
    render(<ThenNowRadar view={view} onPickThen={() => {}} />);
    screen.getByRole('group', { name: CHART_TITLES.radar }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('status')).toHaveTextContent(`Attending: now ${view.now!.values.attending}, then ${view.then!.values.attending}, your aim ${view.aspiration!.values.attending}`);
    await user.keyboard('{End}');
    expect(screen.getByRole('status')).toHaveTextContent(`Helping: now ${view.now!.values.helping}, then ${view.then!.values.helping}, your aim no score`);
  });

  it('counts "now" with the earlier ones it could be compared with', () => {
    render(<ThenNowRadar view={radarView()} onPickThen={() => {}} />);
    expect(screen.getByText(/Drawn from 2 of your 3 self-assessments\./)).toBeInTheDocument();
  });

  it('offers the choice even below the minimum, when the only earlier self-assessment lies outside the range', () => {
    const view = radarView({ options: [radarView().options[1]!], then: null, aspiration: null, note: null, enough: { enough: false, have: 1, need: 2 } });
    render(<ThenNowRadar view={view} onPickThen={() => {}} />);
    expect(within(screen.getByRole('combobox', { name: 'Compare with' })).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Choose a self-assessment',
      '12 March 2024 (version 1)',
    ]);
    expect(screen.getByText(/Drawn from 1 of your 2 self-assessments\./)).toBeInTheDocument();
  });

  it('offers no choice and no drawing with only one self-assessment', () => {
    const view = radarView({ options: [], then: null, aspiration: null, note: null, enough: { enough: false, have: 1, need: 2 } });
    render(<ThenNowRadar view={view} onPickThen={() => {}} />);
    expect(screen.queryByRole('combobox', { name: 'Compare with' })).not.toBeInTheDocument();
    expect(screen.getByText('Not enough yet: a chart needs at least 2 self-assessments in this range, and there is 1.')).toBeInTheDocument();
  });
});
