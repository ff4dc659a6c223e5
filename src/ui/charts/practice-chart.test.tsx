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

  it('reads out a week\'s minutes as the table shows them, tenths and all', async () => {
    const user = userEvent.setup();
    const buckets = [
      { date: '2026-02-02', minutes: 1.5, sessions: 1 },
      { date: '2026-02-09', minutes: 1.4, sessions: 1 },
      { date: '2026-02-16', minutes: 1, sessions: 1 },
    ];
    render(<PracticeChart view={practiceView({ buckets })} />);
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const cells = bodyTexts(screen.getByRole('table', { name: tableCaption('practice') })).map((row) => row[1]);
    expect(cells).toEqual(['1.5', '1.4', '1']);
    screen.getByRole('group', { name: CHART_TITLES.practice }).focus();
    const heard: string[] = [];
    for (let i = 0; i < buckets.length; i += 1) {
      await user.keyboard('{ArrowRight}');
      heard.push(screen.getByRole('status').textContent ?? '');
    }
    expect(heard).toEqual([
      'Week of 2 February 2026: 1.5 minutes in 1 session',
      'Week of 9 February 2026: 1.4 minutes in 1 session',
      'Week of 16 February 2026: 1 minute in 1 session',
    ]);
  });
});
