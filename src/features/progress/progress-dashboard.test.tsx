/**
 * The dashboard is handed records and reads or writes nothing itself, so a
 * coach's review can show a coachee's progress read-only: no storage is
 * opened, no invitation to take a reflection is offered, and its choices
 * only call back.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProgressContext, ProgressRecords } from '../../domain/progress/progress-types.ts';
import { buildProgressView } from '../../domain/progress/progress-view.ts';
import { presence } from '../../domain/progress/testing/progress-factory.ts';
import { buildResponse, newDraft } from '../../domain/questionnaire/build-response.ts';
import { PROGRESS_MARKS } from '../../ui/charts/chart-names.ts';
import { readQuestionnaire } from '../../testing/self-assessment.ts';
import { ProgressDashboard } from './progress-dashboard.tsx';

const pulse = readQuestionnaire('weekly-pulse');
const CONTEXT: ProgressContext = { today: '2026-11-26', timeZone: 'Europe/London', versionNotes: { 'weekly-pulse': [], 'compassionate-leadership': [], 'leadership-presence': [] } };
const EMPTY: ProgressRecords = { responses: [], practice: [], weekly: [] };

function pulses(): ProgressRecords {
  const responses = Array.from({ length: 8 }, (_, week) => {
    const at = new Date(Date.UTC(2026, 8, 3 + week * 7, 9));
    const value = week < 4 ? 2 : 5;
    const answers = Object.fromEntries(pulse.sections.flatMap((s) => s.items.map((i) => [i.id, i.type === 'scale' && i.reverse ? 6 - value : value])));
    return buildResponse(pulse, { ...newDraft(pulse, at), answers }, `pulse-${week}`, at);
  });
  return { responses, practice: [], weekly: [] };
}

function renderDashboard(records: ProgressRecords, readOnly: boolean) {
  const handlers = { onChoiceChange: vi.fn(), onPickThen: vi.fn(), onWeeksHiddenChange: vi.fn() };
  const user = userEvent.setup();
  render(
    <MemoryRouter>
      <ProgressDashboard records={records} context={CONTEXT} choice="year" thenResponseId={undefined} weeksHidden={false} readOnly={readOnly} {...handlers} />
    </MemoryRouter>,
  );
  return { user, ...handlers };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the Progress dashboard', () => {
  it('shows someone else’s empty records with no invitation to take a reflection', () => {
    renderDashboard(EMPTY, true);
    expect(screen.getByRole('region', { name: 'Nothing to show yet' })).toBeInTheDocument();
    expect(screen.queryAllByRole('link')).toEqual([]);
  });

  it('draws records it is handed, read-only: no storage opened, no way to take a reflection, choices only call back', async () => {
    const { user, onChoiceChange } = renderDashboard(pulses(), true);
    const show = screen.getByRole('radiogroup', { name: 'Show' });
    await user.click(within(show).getByRole('radio', { name: 'All time' }));
    expect(onChoiceChange).toHaveBeenCalledWith('all');
    expect(screen.getByRole('region', { name: 'What has changed' })).toBeInTheDocument();
    expect(screen.queryAllByRole('link').filter((link) => link.getAttribute('href')?.startsWith('/assess'))).toEqual([]);
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('names the element with the widest presence gap, in words', () => {
    const records: ProgressRecords = {
      responses: [
        presence('2026-11-20T09:00:00.000Z', { attending: { aim: 5, actual: 4 }, understanding: { aim: 4, actual: 4 }, empathising: { aim: 5, actual: 5 }, helping: { aim: 5, actual: 2 } }),
      ],
      practice: [],
      weekly: [],
    };
    const widest = buildProgressView(records, CONTEXT, 'year').gaps.widest!;
    expect(widest.elementId).toBe('helping');
    renderDashboard(records, false);
    expect(screen.getByRole('region', { name: 'What has changed' })).toHaveTextContent(
      `Your widest presence gap is in helping: ${widest.gap} points between how you aim to lead and how you led, in your presence check of 20 November 2026.`,
    );
  });

  it('marks when its summaries and tables are on screen', () => {
    const mark = vi.spyOn(performance, 'mark');
    renderDashboard(pulses(), false);
    expect(screen.getByRole('table', { name: /^Your scores/ })).toBeInTheDocument();
    expect(mark).toHaveBeenCalledWith(PROGRESS_MARKS.summaries);
  });

  it('leaves no mark on the first-time screen, which has no summaries', () => {
    const mark = vi.spyOn(performance, 'mark');
    renderDashboard(EMPTY, false);
    expect(screen.getByRole('region', { name: 'Your progress starts here' })).toBeInTheDocument();
    expect(mark).not.toHaveBeenCalledWith(PROGRESS_MARKS.summaries);
  });
});
