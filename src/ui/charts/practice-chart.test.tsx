/** Practice minutes: every bucket in the table, the elements the practices helped, the keyboard. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CHART_TITLES, tableCaption } from './chart-names.ts';
import { PracticeChart } from './practice-chart.tsx';
import { practiceView } from './testing/fixtures.ts';
import { bodyTexts } from './testing/table-text.ts';

const WEEKS: Record<string, string> = { '2026-02-02': 'Week of 2 February 2026', '2026-02-09': 'Week of 9 February 2026', '2026-02-16': 'Week of 16 February 2026' };

describe('PracticeChart', () => {
  it('says how many sessions and minutes it rests on, and which elements the practices helped', () => {
    const view = practiceView();
    render(<PracticeChart view={view} />);
    const figure = screen.getByRole('figure', { name: CHART_TITLES.practice });
    expect(within(figure).getByText(view.summary)).toBeInTheDocument();
    expect(within(figure).getByText(`${view.method} Based on 6 practice sessions, 47 minutes in all.`)).toBeInTheDocument();
    const helped = within(figure).getAllByRole('listitem').map((item) => item.textContent);
    expect(helped).toEqual(expect.arrayContaining(['Helping: 3 sessions, 30 minutes', 'No element named: 2 sessions, 12 minutes', 'Attending: 1 session, 5 minutes']));
  });

  it('has a table of every week\'s minutes and sessions', async () => {
    const user = userEvent.setup();
    const view = practiceView();
    render(<PracticeChart view={view} />);
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(bodyTexts(screen.getByRole('table', { name: tableCaption('practice') }))).toEqual(
      view.buckets.map((bucket) => [WEEKS[bucket.date], String(bucket.minutes), String(bucket.sessions)]),
    );
  });

  it('reads out each week as the arrow keys step through them', async () => {
    const user = userEvent.setup();
    render(<PracticeChart view={practiceView()} />);
    screen.getByRole('group', { name: CHART_TITLES.practice }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('status')).toHaveTextContent('Week of 9 February 2026: 0 minutes in 0 sessions');
  });
});
