/**
 * The Progress screen as a leader meets it: the active profile's own records
 * worked into statements of change and a period summary (through the real
 * buildProgressView), the range remembered across visits, a kind first
 * word on an empty profile, and a way to print.
 */
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildResponse, newDraft } from '../../domain/questionnaire/build-response.ts';
import { buildProgressView } from '../../domain/progress/progress-view.ts';
import { useSession } from '../../state/session-store.ts';
import { readProgressRecords } from '../../storage/repositories/progress-records.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { getPreferences } from '../../storage/repositories/weekly-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { readQuestionnaire } from '../../testing/self-assessment.ts';
import { deviceTimeZone } from '../../ui/today.ts';
import { loadProgressNotes } from './use-version-notes.ts';

const pulse = readQuestionnaire('weekly-pulse');
const TODAY = '2026-11-26';

/** A weekly pulse completed at `when`, every item answered so that each element scores `score` (0, 25, 50, 75 or 100). */
async function savePulse(id: string, when: string, score: number) {
  const value = 1 + score / 25;
  const answers = Object.fromEntries(pulse.sections.flatMap((s) => s.items.map((i) => [i.id, i.type === 'scale' && i.reverse ? 6 - value : value])));
  const at = new Date(when);
  await saveCompletedResponse(useSession.getState().connection!, buildResponse(pulse, { ...newDraft(pulse, at), answers }, id, at));
}

/** Twelve weekly pulses up to TODAY: six at 25, then six at 100. */
async function seedPulses() {
  for (let week = 0; week < 12; week += 1) {
    const day = new Date(Date.UTC(2026, 8, 3 + week * 7, 9)).toISOString();
    await savePulse(`pulse-${week}`, day, week < 6 ? 25 : 100);
  }
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function fixToday() {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T12:00:00`));
}

describe('the Progress screen', () => {
  it('greets an empty profile kindly, with ways to begin', async () => {
    renderApp('/progress');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your progress' })).toBeInTheDocument();
    const first = await screen.findByRole('region', { name: 'Your progress starts here' });
    expect(within(first).getByRole('link', { name: 'the weekly pulse' })).toHaveAttribute('href', '/assess/weekly-pulse');
    expect(within(first).getByRole('link', { name: 'the full self-assessment' })).toHaveAttribute('href', '/assess/compassionate-leadership');
    expect(document.title).toBe('Your progress, last year — Attune');
  });

  it('works the active profile’s records into what has changed and a period summary', async () => {
    fixToday();
    await useSession.getState().start();
    await seedPulses();
    const connection = useSession.getState().connection!;
    const { records } = await readProgressRecords(connection);
    const { versionNotes } = await loadProgressNotes();
    const view = buildProgressView(records, { today: TODAY, timeZone: deviceTimeZone(), versionNotes }, 'year');
    expect(view.changes.length).toBeGreaterThan(0);

    renderApp('/progress');
    const changed = await screen.findByRole('region', { name: 'What has changed' });
    expect(within(changed).getAllByRole('listitem').map((li) => li.textContent)).toEqual(view.changes.map((c) => c.text));
    expect(changed).toHaveTextContent(/rose/);

    const table = screen.getByRole('table', { name: 'Your scores, last year (0 to 100)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(view.summaries.map((s) => s.label));
    const counts = { pulse: 'weekly pulses', assessment: 'self-assessments' } as const;
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(
      view.summaries.map((s) => (s.basis ? `${s.n} ${counts[s.basis]}` : String(s.n))),
    );
    expect(view.summaries.some((s) => s.basis === 'pulse')).toBe(true);
    const medians = rows.map((row) => within(row).getAllByRole('cell').find((cell) => cell.dataset.label === 'Median')!.textContent);
    expect(medians).toEqual(view.summaries.map((s) => (s.n === 0 ? 'No results' : s.median === null ? 'Not enough yet' : String(s.median))));
  });

  it('remembers the range chosen, on the next visit', async () => {
    fixToday();
    await useSession.getState().start();
    await seedPulses();
    const first = renderApp('/progress');
    const show = await screen.findByRole('radiogroup', { name: 'Show' });
    expect(within(show).getByRole('radio', { name: 'Last year' })).toBeChecked();
    await first.user.click(within(show).getByRole('radio', { name: 'This time last year' }));
    expect(within(show).getByRole('radio', { name: 'This time last year' })).toBeChecked();
    await vi.waitFor(async () => expect((await getPreferences(useSession.getState().connection!)).progressRange).toBe('last-year'));
    first.unmount();

    renderApp('/progress');
    const again = await screen.findByRole('radiogroup', { name: 'Show' });
    expect(within(again).getByRole('radio', { name: 'This time last year' })).toBeChecked();
    expect(screen.getByText('This time last year', { selector: 'strong' })).toBeInTheDocument();
  });

  it('moves its window on to the new day when a tab left open overnight is shown again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T23:50:00'));
    await useSession.getState().start();
    await seedPulses();
    renderApp('/progress');
    expect(await screen.findByText('Last year', { selector: 'strong' })).toBeInTheDocument();
    const shown = () => screen.getByText('Last year', { selector: 'strong' }).parentElement!;
    expect(shown()).toHaveTextContent('Last year: 27 November 2025 to 26 November 2026.');

    vi.setSystemTime(new Date('2026-11-27T08:00:00'));
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await vi.waitFor(() => expect(shown()).toHaveTextContent('Last year: 28 November 2025 to 27 November 2026.'));
  });

  it('offers to print or save the page as a PDF', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderApp('/progress');
    await user.click(await screen.findByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('is in the main navigation', async () => {
    renderApp('/progress');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Progress' })).toHaveAttribute('aria-current', 'page');
  });
});
