import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProgressContext } from '../../domain/progress/progress-types.ts';
import { PULSE_ID } from '../../domain/progress/progress-types.ts';
import { buildProgressView } from '../../domain/progress/progress-view.ts';
import { pulse } from '../../domain/progress/testing/progress-factory.ts';
import { addDays } from '../../domain/weekly/weeks.ts';
import { PeriodSummaryTable } from './period-summary.tsx';

/** Four pulses on version 1 from 7 January 2026, then three on version 2 from 4 March 2026. */
const responses = [
  ...[10, 10, 10, 10].map((v, i) => pulse(`${addDays('2026-01-07', 7 * i)}T09:00:00.000Z`, v, 1)),
  ...[70, 80, 90].map((v, i) => pulse(`${addDays('2026-03-04', 7 * i)}T09:00:00.000Z`, v, 2)),
];

function summariesWith(scoresComparable: boolean) {
  const context: ProgressContext = { today: '2026-06-15', timeZone: 'Europe/London', versionNotes: { [PULSE_ID]: [{ version: 2, summary: 'New questions.', scoresComparable }] } };
  return buildProgressView({ responses, practice: [], weekly: [] }, context, 'year').summaries;
}

function table() {
  return within(screen.getByRole('region', { name: 'Period summary table' })).getByRole('table');
}

describe('the period summary', () => {
  it('says its figures run from the first result on new questions when the range holds results from before the change', () => {
    render(<PeriodSummaryTable summaries={summariesWith(false)} rangeLabel="Last year" />);
    expect(table()).toHaveAccessibleName('Your scores, last year, from 4 March 2026 when the questions changed (0 to 100)');
    const attending = within(table()).getByRole('row', { name: /^Attending/ });
    expect(within(attending).getAllByRole('cell')[0]).toHaveTextContent('3 weekly pulses since 4 March 2026');
    expect(within(attending).getAllByRole('cell')[1]).toHaveTextContent('80');
  });

  it('says nothing of a change when the figures cover the whole range', () => {
    render(<PeriodSummaryTable summaries={summariesWith(true)} rangeLabel="Last year" />);
    expect(table()).toHaveAccessibleName('Your scores, last year (0 to 100)');
    expect(table()).not.toHaveTextContent(/since|changed/);
  });

  it('keeps the caption for the whole range when only some rows start after a change', () => {
    const [attending, understanding] = summariesWith(false);
    const whole = { ...understanding!, from: null };
    render(<PeriodSummaryTable summaries={[attending!, whole]} rangeLabel="Last year" />);
    expect(table()).toHaveAccessibleName('Your scores, last year (0 to 100)');
    expect(within(table()).getByRole('row', { name: /^Attending/ })).toHaveTextContent('3 weekly pulses since 4 March 2026');
    expect(within(table()).getByRole('row', { name: /^Understanding/ })).not.toHaveTextContent(/since/);
  });
});
