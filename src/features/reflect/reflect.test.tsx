/**
 * The weekly reflection as a user meets it: the five parts in order, left
 * and resumed, finished and counted on Today; a late reflection back-dated
 * honestly; the pulse's scores shown in the flow, and a pulse taken this
 * week carried in; one progress counter a screen; an intention chosen but
 * not set saved by Finish; the weekly rhythm at the start and the end (and
 * in Settings) only; and the calendar reminder file.
 */
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildResponse, newDraft } from '../../domain/questionnaire/build-response.ts';
import type { AssessmentResponse } from '../../domain/questionnaire/response.ts';
import { useSession } from '../../state/session-store.ts';
import { listAllJournal } from '../../storage/repositories/journal-repo.ts';
import * as intentionsRepo from '../../storage/repositories/intentions-repo.ts';
import { listIntentions } from '../../storage/repositories/intentions-repo.ts';
import { listResponsesOf, saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { getPreferences, listWeeklyReflections } from '../../storage/repositories/weekly-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { STILL_SAVING } from '../../ui/save-status.tsx';
import { SLOW_AFTER_MS } from '../../ui/use-slow-notice.ts';
import { readQuestionnaire } from '../../testing/self-assessment.ts';

const pulse = readQuestionnaire('weekly-pulse');

function connection() {
  return useSession.getState().connection!;
}

afterEach(() => {
  vi.useRealTimers();
});

/** A weekly pulse, every item answered `value`, saved as if taken from the library at `completedAt`. */
async function seedPulse(completedAt = new Date(), value = 3): Promise<AssessmentResponse> {
  const answers = Object.fromEntries(pulse.sections.flatMap((s) => s.items.map((item) => [item.id, value])));
  const response = buildResponse(pulse, { ...newDraft(pulse, completedAt), answers }, 'pulse-taken-alone', completedAt);
  await saveCompletedResponse(connection(), response);
  return response;
}

/** Begins this week's reflection and skips to part 5 (a pulse carried in stays attached). */
async function reachIntentionPart(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Begin this week’s reflection' }));
  await screen.findByRole('heading', { level: 2, name: 'Part 1 of 5: Weekly pulse' });
  await screen.findByRole('button', { name: /^(Continue|Skip this part)$/ });
  await user.click(screen.getByRole('button', { name: /^(Continue|Skip this part)$/ }));
  for (const part of ['Part 2 of 5', 'Part 3 of 5']) {
    await screen.findByRole('heading', { level: 2, name: new RegExp(part) });
    await user.click(screen.getByRole('button', { name: 'Skip this part' }));
  }
  await screen.findByRole('heading', { level: 2, name: /Part 4 of 5/ });
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('heading', { level: 2, name: 'Part 5 of 5: An intention for next week' });
  return screen.findByRole('form', { name: 'Your intention for the coming week' });
}

async function takePulse(user: ReturnType<typeof renderApp>['user']) {
  for (const [index, section] of pulse.sections.entries()) {
    await screen.findByRole('heading', { level: 3, name: section.title });
    for (const item of section.items) {
      await user.click(within(screen.getByRole('radiogroup', { name: item.text })).getByRole('radio', { name: pulse.scale!.options[2]!.label }));
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
    await screen.findByRole('figure', { name: 'This week’s pulse (0 to 100)' });
    await user.click(screen.getByRole('button', { name: 'Continue' }));

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
    await user.click(await screen.findByRole('button', { name: 'Finish this week’s reflection' }));

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

  it('keeps a practice under way: no Skip, no Back and no change of practice while it runs or its log form is open', async () => {
    const { user } = renderApp('/reflect');
    await user.click(await screen.findByRole('button', { name: 'Begin this week’s reflection' }));
    await screen.findByRole('heading', { level: 2, name: 'Part 1 of 5: Weekly pulse' });
    await user.click(await screen.findByRole('button', { name: 'Skip this part' }));
    await screen.findByRole('heading', { level: 2, name: 'Part 2 of 5: A short practice' });
    const select = screen.getByRole('combobox', { name: 'Choose a short practice' });
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    expect(select).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Skip this part' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back to part 1' })).not.toBeInTheDocument();
    expect(screen.getByText(/To move on, finish or stop the practice/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Stop early' }));
    const form = await screen.findByRole('form', { name: 'Log this practice' });
    expect(select).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Skip this part' })).not.toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: "Don't log this" }));
    await screen.findByRole('heading', { level: 2, name: 'Part 3 of 5: A journal prompt' });
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
    expect(status).toHaveTextContent('Your first weekly reflection is under way: carry on where you left off.');
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


describe('the pulse inside the weekly reflection', () => {
  it('has one progress counter: the flow’s parts, not the pulse’s own steps', async () => {
    const { user } = renderApp('/reflect');
    await user.click(await screen.findByRole('button', { name: 'Begin this week’s reflection' }));
    await screen.findByRole('heading', { level: 3, name: pulse.sections[0]!.title });
    expect(screen.getAllByRole('progressbar')).toHaveLength(1);
    expect(screen.getByRole('progressbar')).toHaveAccessibleName('Part 1 of 5');
    expect(screen.queryByText(/Step 1 of/)).not.toBeInTheDocument();
  });

  it('shows the pulse’s scores in the flow after “See my results”, then moves on with Continue', async () => {
    const { user } = renderApp('/reflect');
    await user.click(await screen.findByRole('button', { name: 'Begin this week’s reflection' }));
    await takePulse(user);
    const scores = await screen.findByRole('figure', { name: 'This week’s pulse (0 to 100)' });
    expect(screen.getByRole('heading', { level: 2, name: 'Part 1 of 5: Weekly pulse' })).toBeInTheDocument();
    // Focus is not lost with the form: it moves to the part's scores.
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    expect(document.activeElement).toContainElement(scores);
    expect(document.activeElement!.closest('main')).not.toBeNull();
    for (const section of pulse.sections) expect(scores).toHaveTextContent(`${section.title}50 out of 100`);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Part 2 of 5: A short practice' })).toBeInTheDocument();
  });

  it('carries in a pulse taken this week from elsewhere rather than asking again, and can take it again', async () => {
    const { user } = renderApp('/reflect');
    await screen.findByRole('button', { name: 'Begin this week’s reflection' });
    const taken = await seedPulse();
    await user.click(screen.getByRole('button', { name: 'Begin this week’s reflection' }));
    expect(await screen.findByText(/You took the weekly pulse on .*, so it is part of this reflection/)).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'This week’s pulse (0 to 100)' })).toHaveTextContent('Attending50 out of 100');
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    await waitFor(async () => expect((await listWeeklyReflections(connection())).items[0]?.pulseResponseId).toBe(taken.id));

    await user.click(screen.getByRole('button', { name: 'Take the pulse again' }));
    expect(await screen.findByRole('heading', { level: 3, name: pulse.sections[0]!.title })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep the pulse I took earlier' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep the pulse I took earlier' }));
    expect(await screen.findByRole('button', { name: 'Take the pulse again' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 2, name: 'Part 2 of 5: A short practice' });
    expect((await listWeeklyReflections(connection())).items[0]?.pulseResponseId).toBe(taken.id);
  });

  it('does not carry in a pulse from an earlier week', async () => {
    const { user } = renderApp('/reflect');
    await screen.findByRole('button', { name: 'Begin this week’s reflection' });
    await seedPulse(new Date(Date.now() - 8 * 86_400_000));
    await user.click(screen.getByRole('button', { name: 'Begin this week’s reflection' }));
    expect(await screen.findByRole('heading', { level: 3, name: pulse.sections[0]!.title })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skip this part' })).toBeInTheDocument();
  });
});

describe('finishing with an intention chosen', () => {
  it('saves an intention that was chosen but not set when Finish is pressed', async () => {
    const { user } = renderApp('/reflect');
    await screen.findByRole('button', { name: 'Begin this week’s reflection' });
    await seedPulse();
    const form = await reachIntentionPart(user);
    await user.click(within(form).getByRole('radio', { name: 'In my own words' }));
    await user.type(within(form).getByRole('textbox', { name: 'My intention' }), 'Ask one quiet colleague how they are');
    expect(screen.getByText('Finishing now also sets the intention you have chosen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Set my intention and finish' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'This week’s reflection is done' })).toBeInTheDocument();
    const [intention] = (await listIntentions(connection())).items;
    expect(intention).toMatchObject({ text: 'Ask one quiet colleague how they are', responseId: 'pulse-taken-alone' });
    expect((await listWeeklyReflections(connection())).items[0]).toMatchObject({ intentionId: intention!.id });

    cleanup();
    renderApp('/intentions');
    expect(await screen.findByRole('list', { name: 'Your intentions, newest first' })).toHaveTextContent('Ask one quiet colleague how they are');
  });

  it('saves a suggested intention picked by hand, once however often Finish is pressed', async () => {
    const { user } = renderApp('/reflect');
    await screen.findByRole('button', { name: 'Begin this week’s reflection' });
    await seedPulse();
    const form = await reachIntentionPart(user);
    const choices = within(within(form).getByRole('radiogroup', { name: 'What will you try?' })).getAllByRole('radio');
    await user.click(choices[1]!);
    await user.dblClick(screen.getByRole('button', { name: 'Set my intention and finish' })); // a double press sets it once
    await screen.findByRole('heading', { level: 2, name: 'This week’s reflection is done' });
    expect((await listIntentions(connection())).items).toHaveLength(1);
  });

  it('sets an intention once when Finish is pressed while “Set my intention” is still saving', async () => {
    const { user } = renderApp('/reflect');
    await screen.findByRole('button', { name: 'Begin this week’s reflection' });
    await seedPulse();
    const form = await reachIntentionPart(user);
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const save = intentionsRepo.saveIntention;
    vi.spyOn(intentionsRepo, 'saveIntention').mockImplementation(async (c, intention) => {
      await released;
      await save(c, intention);
    });
    await user.click(within(form).getByRole('radio', { name: 'In my own words' }));
    await user.type(within(form).getByRole('textbox', { name: 'My intention' }), 'Walk the ward at nine');
    await user.click(within(form).getByRole('button', { name: 'Set my intention' }));
    await user.click(screen.getByRole('button', { name: /finish/i }));
    release();
    await screen.findByRole('heading', { level: 2, name: 'This week’s reflection is done' });
    const { items } = await listIntentions(connection());
    expect(items).toHaveLength(1);
    expect((await listWeeklyReflections(connection())).items[0]).toMatchObject({ intentionId: items[0]!.id });
  });

  it('shows Finish busy while it saves the chosen intention, and says so when the save is slow', async () => {
    const { user } = renderApp('/reflect');
    await screen.findByRole('button', { name: 'Begin this week’s reflection' });
    await seedPulse();
    const form = await reachIntentionPart(user);
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const save = intentionsRepo.saveIntention;
    vi.spyOn(intentionsRepo, 'saveIntention').mockImplementation(async (c, intention) => {
      await released;
      await save(c, intention);
    });
    await user.click(within(form).getByRole('radio', { name: 'In my own words' }));
    await user.type(within(form).getByRole('textbox', { name: 'My intention' }), 'Walk the ward at nine');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const finishButton = screen.getByRole('button', { name: 'Set my intention and finish' });
    await user.click(finishButton);
    await waitFor(() => expect(finishButton).toHaveTextContent('Saving…'));
    expect(finishButton).toBeDisabled();
    expect(screen.queryByText(STILL_SAVING)).not.toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(SLOW_AFTER_MS));
    expect(screen.getByText(STILL_SAVING)).toHaveAttribute('role', 'status');
    release();
    await screen.findByRole('heading', { level: 2, name: 'This week’s reflection is done' });
    expect((await listIntentions(connection())).items).toHaveLength(1);
  });

  it('keeps an intention chosen but not set when going back a part', async () => {
    const { user } = renderApp('/reflect');
    await screen.findByRole('button', { name: 'Begin this week’s reflection' });
    await seedPulse();
    const form = await reachIntentionPart(user);
    await user.click(within(form).getByRole('radio', { name: 'In my own words' }));
    await user.type(within(form).getByRole('textbox', { name: 'My intention' }), 'Walk the ward at nine');
    await user.click(screen.getByRole('button', { name: 'Back to part 4' }));
    await screen.findByRole('heading', { level: 2, name: /Part 4 of 5/ });
    expect((await listIntentions(connection())).items[0]).toMatchObject({ text: 'Walk the ward at nine' });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Walk the ward at nine')).toBeInTheDocument();
  });

  it('saves a follow-up answered but not saved when Continue is pressed in part 4, and stays when that save fails', async () => {
    const { user } = renderApp('/reflect');
    await screen.findByRole('button', { name: 'Begin this week’s reflection' });
    await intentionsRepo.saveIntention(connection(), {
      id: 'last',
      createdAt: new Date(Date.now() - 7 * 86_400_000).toISOString(),
      elementId: 'helping',
      text: 'Clear one obstacle the team names at huddle',
      source: 'own',
      responseId: null,
      followUp: null,
    });
    await user.click(screen.getByRole('button', { name: 'Begin this week’s reflection' }));
    await screen.findByRole('heading', { level: 2, name: 'Part 1 of 5: Weekly pulse' });
    for (const part of ['Part 1 of 5', 'Part 2 of 5', 'Part 3 of 5']) {
      await screen.findByRole('heading', { level: 2, name: new RegExp(part) });
      await user.click(await screen.findByRole('button', { name: 'Skip this part' }));
    }
    const card = await screen.findByRole('region', { name: 'Your last intention' });
    await user.click(within(card).getByRole('radio', { name: 'Partly' }));
    await user.type(within(card).getByRole('textbox', { name: 'A note on what happened' }), 'Managed it on two days');

    vi.spyOn(intentionsRepo, 'saveIntention').mockRejectedValueOnce(new Error('disk full'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await within(card).findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /Part 4 of 5/ })).toBeInTheDocument();
    expect(within(card).getByRole('textbox', { name: 'A note on what happened' })).toHaveValue('Managed it on two days');

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 2, name: 'Part 5 of 5: An intention for next week' });
    const last = (await intentionsRepo.listIntentions(connection())).items.find((i) => i.id === 'last');
    expect(last?.followUp).toMatchObject({ outcome: 'partly', note: 'Managed it on two days' });
  });

  it('still finishes, with no intention, when nothing was chosen', async () => {
    const { user } = renderApp('/reflect');
    await screen.findByRole('button', { name: 'Begin this week’s reflection' });
    await seedPulse();
    await reachIntentionPart(user);
    expect(screen.getByText('An intention is optional: you can finish without one.')).toBeInTheDocument();
    // What the screen shows agrees: no suggestion looks chosen while Finish would set none.
    const offered = within(await screen.findByRole('radiogroup', { name: 'What will you try?' })).getAllByRole('radio');
    expect(offered.length).toBeGreaterThan(1);
    expect(offered.some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Finish this week’s reflection' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'This week’s reflection is done' })).toBeInTheDocument();
    expect((await listIntentions(connection())).items).toHaveLength(0);
    expect((await listWeeklyReflections(connection())).items[0]).toMatchObject({ intentionId: null });
    expect((await listWeeklyReflections(connection())).items[0]?.completedAt).not.toBeNull();
  });
});

describe('the weekly rhythm settings', () => {
  it('are offered before the reflection and once at its end, not under every part', async () => {
    const { user } = renderApp('/reflect');
    await screen.findByRole('button', { name: 'Begin this week’s reflection' });
    expect(screen.getAllByRole('region', { name: 'Your weekly rhythm' })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Begin this week’s reflection' }));
    for (const part of ['Part 1 of 5', 'Part 2 of 5', 'Part 3 of 5']) {
      await screen.findByRole('heading', { level: 2, name: new RegExp(part) });
      expect(screen.queryByRole('region', { name: 'Your weekly rhythm' })).not.toBeInTheDocument();
      await user.click(await screen.findByRole('button', { name: 'Skip this part' }));
    }
    await screen.findByRole('heading', { level: 2, name: /Part 4 of 5/ });
    expect(screen.queryByRole('region', { name: 'Your weekly rhythm' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 2, name: /Part 5 of 5/ });
    expect(screen.queryByRole('region', { name: 'Your weekly rhythm' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Finish this week’s reflection' }));
    await screen.findByRole('heading', { level: 2, name: 'This week’s reflection is done' });
    expect(screen.getAllByRole('region', { name: 'Your weekly rhythm' })).toHaveLength(1);
  });

  it('can be changed from Settings', async () => {
    const { user } = renderApp('/settings');
    const rhythm = await screen.findByRole('region', { name: 'Your weekly rhythm' });
    await user.selectOptions(within(rhythm).getByRole('combobox', { name: 'My reflection is due on' }), 'Tuesday');
    await waitFor(async () => expect((await getPreferences(connection())).dueWeekday).toBe(2));
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
