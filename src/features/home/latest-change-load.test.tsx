/**
 * Today's invitation into Progress through the real rules (latestChange):
 * a clear rise in the pulse is named on Today with a link to /progress; an
 * empty profile gets nothing.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { latestChange } from '../../domain/progress/progress-view.ts';
import { buildResponse, newDraft } from '../../domain/questionnaire/build-response.ts';
import { useSession } from '../../state/session-store.ts';
import { readProgressResponses } from '../../storage/repositories/progress-records.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { readQuestionnaire } from '../../testing/self-assessment.ts';
import { deviceTimeZone } from '../../ui/today.ts';
import { loadLatestChange } from './latest-change-load.ts';

const pulse = readQuestionnaire('weekly-pulse');

/** Twelve weekly pulses before 26 November 2026: every element at 25 for six weeks, then at 100. */
async function seedPulses() {
  const connection = useSession.getState().connection!;
  for (let week = 0; week < 12; week += 1) {
    const at = new Date(Date.UTC(2026, 8, 3 + week * 7, 9));
    const value = week < 6 ? 2 : 5;
    const answers = Object.fromEntries(pulse.sections.flatMap((s) => s.items.map((i) => [i.id, i.type === 'scale' && i.reverse ? 6 - value : value])));
    await saveCompletedResponse(connection, buildResponse(pulse, { ...newDraft(pulse, at), answers }, `pulse-${week}`, at));
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the latest change, worked out', () => {
  it('is nothing on an empty profile', async () => {
    await useSession.getState().start();
    expect(await loadLatestChange(useSession.getState().connection!)).toBeNull();
  });

  it('names a clear rise in the pulse on Today, with a link to Progress', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T12:00:00'));
    await useSession.getState().start();
    await seedPulses();
    const { responses } = await readProgressResponses(useSession.getState().connection!);
    const expected = latestChange({ responses, practice: [], weekly: [] }, { today: '2026-11-26', timeZone: deviceTimeZone(), versionNotes: { 'weekly-pulse': [] } });
    expect(expected?.direction).toBe('rose');

    renderApp('/');
    const card = await screen.findByRole('region', { name: 'Your progress' });
    expect(card).toHaveTextContent(expected!.text);
    expect(within(card).getByRole('link', { name: 'See your progress' })).toHaveAttribute('href', '/progress');
  });
});
