/**
 * The trend chart's frame: its name, summary, counts, the "Not enough yet"
 * case, the version note, the table (every value of the view) and the
 * keyboard, which steps through the dates and reads out their values.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CHART_TITLES, tableCaption } from './chart-names.ts';
import { trendView } from './testing/fixtures.ts';
import { bodyTexts } from './testing/table-text.ts';
import { ChartDrawQueue } from './draw-queue.tsx';
import { TrendChart } from './trend-chart.tsx';

const MONTHS = ['January', 'February', 'March', 'April'];

/** "2026-03-01" as the table writes a monthly point: "March 2026". */
function monthOf(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

function dayOf(date: string): string {
  return `${Number(date.slice(8, 10))} ${monthOf(date)}`;
}

describe('TrendChart', () => {
  it('is a figure named by its title, with the summary and how many results it rests on', () => {
    const view = trendView();
    render(<TrendChart view={view} />);
    const figure = screen.getByRole('figure', { name: CHART_TITLES.trend });
    expect(within(figure).getByText(view.summary)).toBeInTheDocument();
    expect(within(figure).getByText(`${view.method} Based on 2 self-assessments and 15 weekly pulses.`)).toBeInTheDocument();
    expect(within(figure).getByText(/the weekly pulse is version 2 .*Each element now has three questions\. Scores are not comparable across this change/)).toBeInTheDocument();
  });

  it('says "Not enough yet" below the minimum and draws nothing', () => {
    render(<TrendChart view={trendView({ enough: { enough: false, have: 2, need: 3 } })} />);
    const figure = screen.getByRole('figure', { name: CHART_TITLES.trend });
    expect(within(figure).getByText('Not enough yet: a chart needs at least 3 results of one kind in this range, and there are 2.')).toBeInTheDocument();
    expect(within(figure).queryByRole('group', { name: CHART_TITLES.trend })).not.toBeInTheDocument();
  });

  it('has a table, shown on request, holding every value of every series', async () => {
    const user = userEvent.setup();
    const view = trendView();
    render(<TrendChart view={view} />);
    expect(screen.queryByRole('table', { name: tableCaption('trend') })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: tableCaption('trend') });

    const header = within(table).getAllByRole('row')[0]!;
    expect(within(header).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Date', 'From', ...view.series.map((s) => s.label), 'Results']);
    const expected = [
      ...view.series[0]!.pulse.map((point, index) => ({ date: point.date, cells: [monthOf(point.date), 'Pulse, monthly mean', ...view.series.map((s) => String(s.pulse[index]!.value)), String(point.n)] })),
      ...view.series[0]!.assessment.map((point, index) => ({ date: point.date, cells: [dayOf(point.date), 'Self-assessment', ...view.series.map((s) => String(s.assessment[index]!.value)), '1'] })),
    ]
      .sort((a, b) => (a.date < b.date ? -1 : 1))
      .map((row) => row.cells);
    expect(bodyTexts(table)).toEqual(expected);
    await user.click(screen.getByRole('button', { name: 'Hide the table' }));
    expect(screen.queryByRole('table', { name: tableCaption('trend') })).not.toBeInTheDocument();
  });

  it('gives every plotted value its cell: two self-assessments on one day, and a month split by a version change', async () => {
    const user = userEvent.setup();
    const base = trendView();
    // Four elements, each with 3 self-assessments (two on 20 April) and 3 monthly pulse points (March on both sides of the change): 24 values.
    const series = base.series.slice(0, 4).map((one, i) => ({
      ...one,
      assessment: [
        { date: '2026-01-14', value: 50 + i, n: 1, segment: 0 },
        { date: '2026-04-20', value: 60 + i, n: 1, segment: 1 },
        { date: '2026-04-20', value: 70 + i, n: 1, segment: 1 },
      ],
      pulse: [
        { date: '2026-02-01', value: 40 + i, n: 4, segment: 0 },
        { date: '2026-03-01', value: 44 + i, n: 1, segment: 0 },
        { date: '2026-03-01', value: 54 + i, n: 3, segment: 1 },
      ],
    }));
    const view = trendView({ series });
    render(<TrendChart view={view} />);
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const rows = bodyTexts(screen.getByRole('table', { name: tableCaption('trend') }));
    const values = rows.flatMap((cells) => cells.slice(2, 6)).filter((text) => text !== 'No score');
    const plotted = series.flatMap((one) => [...one.assessment, ...one.pulse].map((point) => String(point.value)));
    expect(values).toHaveLength(24);
    expect([...values].sort()).toEqual([...plotted].sort());
    expect(rows.map((cells) => cells.slice(0, 2))).toEqual([
      ['14 January 2026', 'Self-assessment'],
      ['February 2026', 'Pulse, monthly mean'],
      ['March 2026', 'Pulse, monthly mean (before the questions changed)'],
      ['March 2026', 'Pulse, monthly mean (after the questions changed)'],
      ['20 April 2026', 'Self-assessment (1 of 2 that day)'],
      ['20 April 2026', 'Self-assessment (2 of 2 that day)'],
    ]);
  });

  it('steps through the dates with the arrow keys, Home and End, and reads out the values', async () => {
    const user = userEvent.setup();
    const view = trendView();
    render(<TrendChart view={view} />);
    const chart = screen.getByRole('group', { name: CHART_TITLES.trend });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('');
    const elements = view.series.filter((s) => s.id !== 'overall');
    const pulseAt = (index: number) => elements.map((s) => `${s.label} ${s.pulse[index]!.value}`).join(', ');

    chart.focus();
    await user.keyboard('{ArrowRight}');
    expect(status).toHaveTextContent(`January 2026, pulse, monthly mean: ${pulseAt(0)}`);
    await user.keyboard('{ArrowRight}');
    const first = elements.map((s) => `${s.label} ${s.assessment[0]!.value}`).join(', ');
    expect(status).toHaveTextContent(`14 January 2026, self-assessment: ${first}`);
    await user.keyboard('{End}');
    const last = elements.map((s) => `${s.label} ${s.assessment[1]!.value}`).join(', ');
    expect(status).toHaveTextContent(`20 April 2026, self-assessment: ${last}`);
    await user.keyboard('{ArrowLeft}');
    expect(status).toHaveTextContent(`April 2026, pulse, monthly mean: ${pulseAt(3)}`);
    await user.keyboard('{Home}');
    expect(status).toHaveTextContent(`January 2026, pulse, monthly mean: ${pulseAt(0)}`);
    expect(status).not.toHaveTextContent('Overall');
  });

  it('adds the overall score, off at first, when the reader asks for it', async () => {
    const user = userEvent.setup();
    const view = trendView();
    render(<TrendChart view={view} />);
    const box = screen.getByRole('checkbox', { name: 'Show the overall score' });
    expect(box).not.toBeChecked();
    expect(within(screen.getByRole('list', { name: 'Key' })).queryByText('Overall')).not.toBeInTheDocument();
    await user.click(box);
    expect(within(screen.getByRole('list', { name: 'Key' })).getByText('Overall')).toBeInTheDocument();
    screen.getByRole('group', { name: CHART_TITLES.trend }).focus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('status')).toHaveTextContent(`Overall ${view.series[4]!.pulse[0]!.value}`);
  });

  it('draws the overall score in its turn in the draw queue, and starts the keyboard again when it is turned on', async () => {
    const view = trendView();
    const { container } = render(
      <ChartDrawQueue>
        <TrendChart view={view} />
      </ChartDrawQueue>,
    );
    await waitFor(() => expect(container.querySelector('svg.recharts-surface')).not.toBeNull());
    const chart = screen.getByRole('group', { name: CHART_TITLES.trend });
    act(() => chart.focus());
    fireEvent.keyDown(chart, { key: 'End' });
    expect(screen.getByRole('status')).toHaveTextContent('20 April 2026, self-assessment');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Show the overall score' }));
    // Not redrawn in the same task: the drawing leaves and waits for its turn.
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('');
    await waitFor(() => expect(container.querySelector('.trend-line--overall')).not.toBeNull());
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(screen.getByRole('status')).toHaveTextContent(`January 2026, pulse, monthly mean: Attending ${view.series[0]!.pulse[0]!.value}`);
  });

  it('keeps its drawing when the screen rebuilds an equal view, and draws again when the points change', async () => {
    const { container, rerender } = render(
      <ChartDrawQueue>
        <TrendChart view={trendView()} />
      </ChartDrawQueue>,
    );
    const drawing = await waitFor(() => {
      const svg = container.querySelector('svg.recharts-surface');
      expect(svg).not.toBeNull();
      return svg;
    });
    rerender(
      <ChartDrawQueue>
        <TrendChart view={trendView()} />
      </ChartDrawQueue>,
    );
    expect(container.querySelector('svg.recharts-surface')).toBe(drawing);
    const changed = trendView();
    changed.series[0]!.pulse[0]!.value += 1;
    rerender(
      <ChartDrawQueue>
        <TrendChart view={changed} />
      </ChartDrawQueue>,
    );
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
    await waitFor(() => expect(container.querySelector('svg.recharts-surface')).not.toBeNull());
  });
});
