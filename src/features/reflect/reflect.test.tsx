/**
 * The weekly reflection as a user meets it: the five parts in order, left
 * and resumed, finished and counted on Today; a late reflection back-dated
 * honestly; and the calendar reminder file.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../../state/session-store.ts';
import { listAllJournal } from '../../storage/repositories/journal-repo.ts';
import { listIntentions } from '../../storage/repositories/intentions-repo.ts';
import { listResponsesOf } from '../../storage/repositories/responses-repo.ts';
import { listWeeklyReflections } from '../../storage/repositories/weekly-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { readQuestionnaire } from '../../testing/self-assessment.ts';

const pulse = readQuestionnaire('weekly-pulse');

function connection() {
  return useSession.getState().connection!;
}

afterEach(() => {
  vi.useRealTimers();
});

async function takePulse(user: ReturnType<typeof renderApp>['user']) {
  for (const [index, section] of pulse.sections.entries()) {
    await screen.findByRole('heading', { level: 2, name: new RegExp(`Step ${index + 1} of ${pulse.sections.length}`) });
    for (const item of section.items) {
      await user.click(within(screen.getByRole('radiogroup', { name: item.text })).getByRole('radio', { name: pulse.scale!.options[3]!.label }));
    }
    if (index < pulse.sections.length - 1) await user.click(screen.getByRole('button', { name: /^Next:/ }));
  }
  await user.click(screen.getByRole('button', { name: 'See my results' }));
}

describe('the weekly reflection', () => {
  it('goes pulse → practice → journal → follow-up → intention, then counts the week on Today', async () => {
    const { user } = renderApp('/reflect');
    await user.click(await screen.findByRole('button', { name: 'Begin this week’s reflection' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Part 1 of 5: Weekly pulse' })).toBeInTheDocument();
    await takePulse(user);

    expect(await screen.findByRole('heading', { level: 2, name: 'Part 2 of 5: A short practice' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Choose a short practice' })).toHaveValue('arrive');
    await user.click(screen.getByRole('button', { name: 'Skip this part' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Part 3 of 5: A journal prompt' })).toBeInTheDocument();
    const prompt = (await screen.findByRole('combobox', { name: 'Prompt (optional)' })) as HTMLSelectElement;
    expect(prompt.value).not.toBe('');
    await user.type(screen.getByRole('textbox', { name: 'Your entry' }), 'A calmer week on the ward');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Part 4 of 5: Last week’s intention' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Part 5 of 5: An intention for next week' })).toBeInTheDocument();
    const form = await screen.findByRole('form', { name: 'Your intention for the coming week' });
    await user.click(within(form).getByRole('radio', { name: 'In my own words' }));
    await user.type(within(form).getByRole('textbox', { name: 'My intention' }), 'Sit with the night team once');
    await user.click(within(form).getByRole('button', { name: 'Set my intention' }));
    await screen.findByText('Sit with the night team once');
    await user.click(screen.getByRole('button', { name: 'Finish this week’s reflection' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'This week’s reflection is done' })).toHaveFocus();
    expect(screen.getByText(/Weeks reflected: 1\./)).toBeInTheDocument();

    const [record] = (await listWeeklyReflections(connection())).items;
    const [response] = (await listResponsesOf(connection(), 'weekly-pulse')).items;
    const [entry] = (await listAllJournal(connection())).items;
    const [intention] = (await listIntentions(connection())).items;
    expect(record).toMatchObject({ late: false, pulseResponseId: response!.id, journalEntryId: entry!.id, intentionId: intention!.id, practiceLogId: null });
    expect(record!.completedAt).not.toBeNull();
    expect(intention).toMatchObject({ responseId: response!.id, text: 'Sit with the night team once' });

    cleanup();
    renderApp('/');
    const status = await screen.findByRole('region', { name: 'Weekly reflection' });
    expect(status).toHaveTextContent('This week’s reflection is done.');
    expect(status).toHaveTextContent('Weeks reflected: 1');
  });

  it('can be left at any part and resumed there', async () => {
    const { user } = renderApp('/reflect');
    await user.click(await screen.findByRole('button', { name: 'Begin this week’s reflection' }));
    await screen.findByRole('heading', { level: 2, name: 'Part 1 of 5: Weekly pulse' });
    await user.click(screen.getByRole('button', { name: 'Skip this part' }));
    await user.click(await screen.findByRole('button', { name: 'Skip this part' }));
    await screen.findByRole('heading', { level: 2, name: 'Part 3 of 5: A journal prompt' });
    await user.type(await screen.findByRole('textbox', { name: 'Your entry' }), 'Half a thought');
    await waitFor(async () => expect((await listWeeklyReflections(connection())).items[0]?.journalEntryId).not.toBeNull());

    cleanup();
    renderApp('/');
    const status = await screen.findByRole('region', { name: 'Weekly reflection' });
    const { user: again } = { user: (await import('@testing-library/user-event')).default.setup() };
    await again.click(within(status).getByRole('link', { name: 'Carry on with your reflection' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Part 3 of 5: A journal prompt' })).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Your entry' })).toHaveValue('Half a thought');
    expect((await listAllJournal(connection())).items).toHaveLength(1);
  });

  it('can be done late for last week within the grace window, marked late', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T12:00:00')); // a Tuesday, local time
    const { user } = renderApp('/reflect');
    await user.click(await screen.findByRole('button', { name: /Reflect for last week instead \(week of 16 November 2026, marked late\)/ }));
    await screen.findByText('This reflection counts for the week of 16 November 2026, marked late.');
    for (const part of ['Weekly pulse', 'A short practice', 'A journal prompt']) {
      await screen.findByRole('heading', { level: 2, name: new RegExp(part) });
      await user.click(screen.getByRole('button', { name: 'Skip this part' }));
    }
    await screen.findByRole('heading', { level: 2, name: /Last week’s intention/ });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Finish this week’s reflection' }));
    expect(await screen.findByText(/It counts for the week of 16 November 2026, marked late\. Weeks reflected: 1\./)).toBeInTheDocument();
    expect((await listWeeklyReflections(connection())).items[0]).toMatchObject({ weekOf: '2026-11-16', late: true });
  });

  it('stays on the next part when Skip is pressed while journal words still wait to be saved', async () => {
    const { user } = renderApp('/reflect');
    await user.click(await screen.findByRole('button', { name: 'Begin this week’s reflection' }));
    await user.click(await screen.findByRole('button', { name: 'Skip this part' }));
    await screen.findByRole('heading', { level: 2, name: /Part 2 of 5/ });
    await user.click(screen.getByRole('button', { name: 'Skip this part' }));
    await user.type(await screen.findByRole('textbox', { name: 'Your entry' }), 'Quick');
    await user.click(screen.getByRole('button', { name: 'Skip this part' }));
    expect(await screen.findByRole('heading', { level: 2, name: /Part 4 of 5/ })).toHaveFocus();
    await new Promise((resolve) => setTimeout(resolve, 800)); // the editor's closing save lands
    expect(screen.getByRole('heading', { level: 2, name: /Part 4 of 5/ })).toBeInTheDocument();
    await waitFor(async () => expect((await listWeeklyReflections(connection())).items[0]?.step).toBe('follow-up'));
  });

  it('offers no late option after Wednesday', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T12:00:00')); // Thursday
    renderApp('/reflect');
    await screen.findByRole('button', { name: 'Begin this week’s reflection' });
    expect(screen.queryByRole('button', { name: /Reflect for last week/ })).not.toBeInTheDocument();
  });
});

describe('the calendar reminder', () => {
  it('downloads an .ics file with a weekly event at the chosen day and time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T12:00:00'));
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:reminder';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderApp('/reflect');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Day' }), 'Thursday');
    const time = screen.getByLabelText('Time');
    await user.clear(time);
    await user.type(time, '17:30');
    await user.click(screen.getByRole('button', { name: 'Download the calendar reminder (.ics)' }));
    expect(click).toHaveBeenCalled();
    const text = await blobs[0]!.text();
    expect(blobs[0]!.type).toBe('text/calendar;charset=utf-8');
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TH\r\n');
    expect(text).toContain('DTSTART:20261126T173000\r\n');
    expect(text).toContain('SUMMARY:Weekly leadership reflection\r\n');
    expect(screen.getByRole('status')).toHaveTextContent('every Thursday at 17:30');
  });

  it('hides the run of weeks when asked, keeping the total', async () => {
    const { user } = renderApp('/reflect');
    await user.click(await screen.findByRole('checkbox', { name: /Hide my run of weeks in a row/ }));
    await waitFor(async () => expect(screen.getByRole('checkbox', { name: /Hide my run/ })).toBeChecked());
  });
});
