/**
 * Today as a user meets it: the weekly reflection is the one way into the
 * week, first on the page; a first visit is invited to begin rather than
 * told of a due date; a pulse taken on its own this week is named as the
 * reflection's first part without counting the week; and the
 * self-assessment's duration comes from the catalogue.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogue } from '../../content/catalogue.ts';
import { buildResponse, newDraft } from '../../domain/questionnaire/build-response.ts';
import { newWeeklyReflection } from '../../domain/weekly/weekly-reflection.ts';
import { useSession } from '../../state/session-store.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { saveWeeklyReflection } from '../../storage/repositories/weekly-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { readQuestionnaire } from '../../testing/self-assessment.ts';

const pulse = readQuestionnaire('weekly-pulse');

function connection() {
  return useSession.getState().connection!;
}

afterEach(() => {
  vi.useRealTimers();
});

/** Opens Today once so the profile exists, lets `seed` write records, then opens Today afresh. */
async function todayAfter(seed: () => Promise<void>) {
  const first = renderApp('/');
  await screen.findByRole('region', { name: 'Weekly reflection' });
  await seed();
  first.unmount();
  renderApp('/');
  return screen.findByRole('region', { name: 'Weekly reflection' });
}

describe('Today', () => {
  it('puts the weekly reflection first, before any other way to reflect', async () => {
    renderApp('/');
    const weekly = await screen.findByRole('region', { name: 'Weekly reflection' });
    const start = within(weekly).getByRole('link', { name: 'Start this week’s reflection' });
    expect(start).toHaveAttribute('href', '/reflect');
    const links = screen.getAllByRole('link').filter((link) => link.closest('main'));
    const pulseLink = screen.getByRole('link', { name: 'Take the weekly pulse' });
    expect(links.indexOf(start)).toBeLessThan(links.indexOf(pulseLink));
    expect(links.indexOf(start)).toBeLessThan(links.indexOf(screen.getByRole('link', { name: 'Check my leadership presence' })));
    expect(start.compareDocumentPosition(screen.getByRole('link', { name: 'Open the self-assessment' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('invites someone who has never reflected to begin, with no due date from a default they never chose', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T12:00:00')); // a Thursday: the default due day (Friday) is tomorrow
    renderApp('/');
    const weekly = await screen.findByRole('region', { name: 'Weekly reflection' });
    expect(weekly).not.toHaveTextContent(/due/i);
    expect(weekly).not.toHaveTextContent(/Weeks reflected/);
    expect(weekly).toHaveTextContent('You choose the day that suits you.');
    expect(within(weekly).getByRole('link', { name: 'Start this week’s reflection' })).toBeInTheDocument();
  });

  it('names all five parts of the weekly reflection on a first visit', async () => {
    renderApp('/');
    const weekly = await screen.findByRole('region', { name: 'Weekly reflection' });
    expect(weekly).toHaveTextContent(
      'five short parts: the weekly pulse, a short practice, a journal prompt, what became of last week’s intention, and an intention for the week ahead.',
    );
  });

  it('names the due day once a week has been reflected', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T12:00:00'));
    const weekly = await todayAfter(async () => {
      const lastWeek = newWeeklyReflection('last-week', '2026-11-16', new Date('2026-11-18T12:00:00'), false);
      await saveWeeklyReflection(connection(), { ...lastWeek, completedAt: '2026-11-18T12:10:00.000Z' });
    });
    expect(weekly).toHaveTextContent('This week’s reflection is due tomorrow.');
    expect(weekly).toHaveTextContent('Weeks reflected: 1');
  });

  it('names a pulse taken on its own this week as the reflection’s first part, without counting the week', async () => {
    const weekly = await todayAfter(async () => {
      const now = new Date();
      const answers = Object.fromEntries(pulse.sections.flatMap((s) => s.items.map((item) => [item.id, 4])));
      await saveCompletedResponse(connection(), buildResponse(pulse, { ...newDraft(pulse, now), answers }, 'pulse-alone', now));
    });
    expect(weekly).toHaveTextContent(/You took the weekly pulse on \w+day: it becomes part 1 of this week’s reflection/);
    expect(weekly).toHaveTextContent('The week counts once the reflection is finished.');
    expect(weekly).not.toHaveTextContent('This week’s reflection is done.');
    expect(within(weekly).getByRole('link', { name: 'Start this week’s reflection' })).toBeInTheDocument();
  });

  it('says how long the self-assessment takes from the catalogue, not a fixed figure', async () => {
    const minutes = catalogue.find((entry) => entry.id === 'compassionate-leadership')!.estimatedMinutes;
    renderApp('/');
    await screen.findByRole('region', { name: 'Weekly reflection' });
    const more = screen.getByRole('region', { name: 'When you have more time' });
    expect(more).toHaveTextContent(`Every few months, about ${minutes} minutes, one element at a time.`);
    expect(more).not.toHaveTextContent('about ten minutes');
  });
});
