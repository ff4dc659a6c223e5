/** The presence gap: the widest named in words, every aim, actual and gap in the table, the keyboard. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ELEMENT_IDS } from '../../domain/elements/element-ids.ts';
import { GapChart } from './gap-chart.tsx';
import { CHART_TITLES, tableCaption } from './chart-names.ts';
import { gapView } from './testing/fixtures.ts';
import { bodyTexts } from './testing/table-text.ts';

const DATES: Record<string, string> = { '2026-01-05': '5 January 2026', '2026-02-02': '2 February 2026', '2026-03-02': '2 March 2026' };

describe('GapChart', () => {
  it('names the widest gap in its summary and says how many checks it rests on', () => {
    const view = gapView();
    render(<GapChart view={view} />);
    const figure = screen.getByRole('figure', { name: CHART_TITLES.gap });
    expect(within(figure).getByText(view.summary)).toBeInTheDocument();
    expect(within(figure).getByText(`${view.method} Based on 3 presence checks.`)).toBeInTheDocument();
  });

  it('has a table with the date and each element\'s aim, actual and gap', async () => {
    const user = userEvent.setup();
    const view = gapView();
    render(<GapChart view={view} />);
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: tableCaption('gap') });
    expect(bodyTexts(table)).toEqual(
      view.points.map((point) => [
        DATES[point.date],
        ...ELEMENT_IDS.flatMap((id) => {
          const value = point.byElement[id];
          return value ? [String(value.aim), String(value.actual), String(value.gap)] : ['Not rated', 'Not rated', 'Not rated'];
        }),
      ]),
    );
  });

  it('reads out each check\'s gaps as the arrow keys step through them', async () => {
    const user = userEvent.setup();
    const view = gapView();
    render(<GapChart view={view} />);
    screen.getByRole('group', { name: CHART_TITLES.gap }).focus();
    await user.keyboard('{ArrowLeft}');
    const last = view.points[2]!.byElement.helping!;
    expect(screen.getByRole('status')).toHaveTextContent(`2 March 2026: Attending gap`);
    expect(screen.getByRole('status')).toHaveTextContent(`Helping gap ${last.gap} (aim ${last.aim}, actual ${last.actual})`);
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('status')).toHaveTextContent('2 February 2026: ');
    expect(screen.getByRole('status')).toHaveTextContent('Empathising not rated');
  });

  it('says "Not enough yet" with fewer checks than the minimum', () => {
    render(<GapChart view={gapView({ enough: { enough: false, have: 1, need: 3 } })} />);
    expect(screen.getByText('Not enough yet: a chart needs at least 3 presence checks in this range, and there is 1.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: CHART_TITLES.gap })).not.toBeInTheDocument();
  });
});
