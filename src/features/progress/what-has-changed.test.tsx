import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProgressContext } from '../../domain/progress/progress-types.ts';
import { buildProgressView } from '../../domain/progress/progress-view.ts';
import { pulse } from '../../domain/progress/testing/progress-factory.ts';
import { addDays } from '../../domain/weekly/weeks.ts';
import { WhatHasChanged } from './what-has-changed.tsx';

const CONTEXT: ProgressContext = { today: '2026-06-15', timeZone: 'Europe/London', versionNotes: {} };

/** Weekly pulses from 7 January 2026, every element at each value in turn. */
function viewOf(values: readonly number[]) {
  const responses = values.map((value, i) => pulse(`${addDays('2026-01-07', 7 * i)}T09:00:00.000Z`, value));
  return buildProgressView({ responses, practice: [], weekly: [] }, CONTEXT, 'year');
}

function section() {
  return screen.getByRole('region', { name: 'What has changed' });
}

describe('What has changed', () => {
  it('says "Not enough yet" while no one series has the results a change needs, even when a trend can be drawn', () => {
    const view = viewOf([50, 60, 70]);
    expect(view.trend.enough.enough).toBe(true);
    render(<WhatHasChanged view={view} />);
    expect(within(section()).getByText(/Not enough yet\./)).toBeInTheDocument();
    expect(section()).toHaveTextContent(
      'Not enough yet. A change is named only from at least 4 weekly pulses, 4 self-assessments or 4 presence checks on the same questions in this range; so far you have 3 of one kind.',
    );
    expect(section()).not.toHaveTextContent(/No change/);
  });

  it('says calmly that nothing stands out, in words true of pulses and self-assessments alike, and how a change is judged', () => {
    render(<WhatHasChanged view={viewOf([50, 52, 50, 52, 50, 52])} />);
    expect(section()).toHaveTextContent('No change stands out from the usual ups and downs of your results yet.');
    expect(section()).toHaveTextContent(
      'A change is named only when it is well beyond how much your results usually move from one to the next, and never across questions that changed.',
    );
    expect(section()).not.toHaveTextContent(/week-to-week|Not enough/);
  });

  it('lists each stated change with the line on how it was judged', () => {
    const view = viewOf([50, 52, 54, 56, 58, 60, 62, 64, 66, 68]);
    render(<WhatHasChanged view={view} />);
    const items = within(section()).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(view.changes.map((c) => c.text));
    expect(items.length).toBeGreaterThan(0);
    expect(section()).toHaveTextContent(/well beyond how much your results usually move/);
  });
});
