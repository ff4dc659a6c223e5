/**
 * A coachee's dashboard in the coach's review: the leader's own charts,
 * handed the coachee's records, read-only, dated in the coachee's time zone,
 * with choices that apply on screen and are saved nowhere.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProgressRecords } from '../../domain/progress/progress-types.ts';
import { buildResponse, newDraft } from '../../domain/questionnaire/build-response.ts';
import { readQuestionnaire } from '../../testing/self-assessment.ts';
import { CoacheeProgress } from './coachee-progress.tsx';

const pulse = readQuestionnaire('weekly-pulse');

function pulses(): ProgressRecords {
  const responses = Array.from({ length: 8 }, (_, week) => {
    const at = new Date(Date.UTC(2026, 8, 3 + week * 7, 9));
    const answers = Object.fromEntries(pulse.sections.flatMap((s) => s.items.map((i) => [i.id, 3])));
    return buildResponse(pulse, { ...newDraft(pulse, at), answers }, `pulse-${week}`, at);
  });
  return { responses, practice: [], weekly: [] };
}

function renderProgress(records: ProgressRecords, timeZone = 'Europe/London') {
  const user = userEvent.setup();
  render(
    <MemoryRouter>
      <CoacheeProgress records={records} timeZone={timeZone} />
    </MemoryRouter>,
  );
  return { user };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a coachee’s progress', () => {
  it('offers no invitation to take a reflection when there is nothing to show', async () => {
    renderProgress({ responses: [], practice: [], weekly: [] });
    expect(await screen.findByRole('region', { name: 'Nothing to show yet' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Your progress starts here' })).not.toBeInTheDocument();
    expect(screen.queryAllByRole('link')).toEqual([]);
  });

  it('draws the coachee’s records, and a change of range applies on screen without opening or saving anything', async () => {
    const { user } = renderProgress(pulses());
    const show = await screen.findByRole('radiogroup', { name: 'Show' });
    expect(within(show).getByRole('radio', { name: 'Last year' })).toBeChecked();
    await user.click(within(show).getByRole('radio', { name: 'All time' }));
    expect(within(show).getByRole('radio', { name: 'All time' })).toBeChecked();
    expect(screen.getByText('All time', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.queryAllByRole('link').filter((link) => link.getAttribute('href')?.startsWith('/assess'))).toEqual([]);
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('counts today on the coachee’s calendar, not the coach’s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T23:30:00Z'));
    renderProgress(pulses(), 'Pacific/Auckland');
    expect(await screen.findByText(/to 27 November 2026\./)).toBeInTheDocument();
  });
});
