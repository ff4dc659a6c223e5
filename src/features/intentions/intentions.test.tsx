/**
 * The reflection loop: after a result the leader sets an intention; the next
 * reflection asks what became of it; the list shows every intention with
 * its outcome.
 */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../app/app.tsx';
import { buildResponse, newDraft } from '../../domain/questionnaire/build-response.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import * as intentionsRepo from '../../storage/repositories/intentions-repo.ts';
import { listIntentions, saveIntention } from '../../storage/repositories/intentions-repo.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { readQuestionnaire } from '../../testing/self-assessment.ts';
import { STILL_SAVING } from '../../ui/save-status.tsx';
import { SLOW_AFTER_MS } from '../../ui/use-slow-notice.ts';
import { useIntentions } from './use-intentions.ts';

afterEach(() => {
  vi.useRealTimers();
});

const pulse = readQuestionnaire('weekly-pulse');

function connection() {
  return useSession.getState().connection!;
}

async function savePulse(id: string, completedAt: string, answerFor: (sectionId: string, reverse: boolean) => number = () => 3) {
  const answers = Object.fromEntries(
    pulse.sections.flatMap((s) => s.items.map((item) => [item.id, answerFor(s.id, item.type === 'scale' && item.reverse)])),
  );
  const draft = { ...newDraft(pulse, new Date(completedAt)), answers };
  await saveCompletedResponse(connection(), buildResponse(pulse, draft, id, new Date(completedAt)));
}

describe('setting an intention after a result', () => {
  it('words a suggested practice whose title is a question without a stray colon or full stop', async () => {
    await useSession.getState().start();
    // Helping lowest (mid band) puts its practice "What does this moment need?" among the suggestions.
    await savePulse('w1', '2026-11-15T18:00:00.000Z', (sectionId, reverse) => (sectionId === 'pulse-helping' ? 3 : reverse ? 2 : 4));
    renderApp('/results/w1');
    const form = await screen.findByRole('form', { name: 'Your intention for the coming week' });
    const labels = within(form)
      .getAllByRole('radio')
      .map((radio) => radio.closest('label')?.textContent ?? '');
    expect(labels.some((label) => label.includes('?'))).toBe(true);
    for (const label of labels) expect(label).not.toMatch(/\?[:.]/);
  });

  it('offers suggested practices or your own words, tied to an element, and shows the choice once saved', async () => {
    await useSession.getState().start();
    await savePulse('w1', '2026-11-15T18:00:00.000Z');
    const { user } = renderApp('/results/w1');
    const form = await screen.findByRole('form', { name: 'Your intention for the coming week' });
    const choices = within(form).getByRole('radiogroup', { name: 'What will you try?' });
    expect(within(choices).getAllByRole('radio').length).toBeGreaterThan(2);
    // Nothing is chosen for the leader: a selection on screen is always one they made.
    expect(within(choices).getAllByRole('radio').some((radio) => (radio as HTMLInputElement).checked)).toBe(false);

    await user.click(within(choices).getByRole('radio', { name: 'In my own words' }));
    await user.type(within(form).getByRole('textbox', { name: 'My intention' }), 'Ask one quiet colleague how they are, each shift');
    await user.click(within(within(form).getByRole('radiogroup', { name: 'Which element is it for?' })).getByRole('radio', { name: 'Attending' }));
    await user.click(within(form).getByRole('button', { name: 'Set my intention' }));

    const section = await screen.findByRole('region', { name: 'Your intention for the coming week' });
    expect(await within(section).findByText('Ask one quiet colleague how they are, each shift')).toBeInTheDocument();
    expect(section).toHaveTextContent('You chose (for attending):');
    const { items } = await listIntentions(connection());
    expect(items).toEqual([
      expect.objectContaining({ text: 'Ask one quiet colleague how they are, each shift', elementId: 'attending', source: 'own', responseId: 'w1', followUp: null }),
    ]);
  });

  it('says so when setting the intention is slow, keeping the words on screen', async () => {
    await useSession.getState().start();
    await savePulse('w1', '2026-11-15T18:00:00.000Z');
    const { user } = renderApp('/results/w1');
    const form = await screen.findByRole('form', { name: 'Your intention for the coming week' });
    await user.click(within(form).getByRole('radio', { name: 'In my own words' }));
    await user.type(within(form).getByRole('textbox', { name: 'My intention' }), 'Walk the ward at nine');
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const save = intentionsRepo.saveIntention;
    vi.spyOn(intentionsRepo, 'saveIntention').mockImplementation(async (c, intention) => {
      await released;
      await save(c, intention);
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    await user.click(within(form).getByRole('button', { name: 'Set my intention' }));
    expect(await within(form).findByRole('button', { name: 'Saving…' })).toBeDisabled();
    expect(screen.queryByText(STILL_SAVING)).not.toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(SLOW_AFTER_MS));
    expect(within(form).getByText(STILL_SAVING)).toHaveAttribute('role', 'status');
    expect(within(form).getByRole('textbox', { name: 'My intention' })).toHaveValue('Walk the ward at nine');
    release();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Your intention for the coming week' })).toHaveTextContent(/You chose.*:Walk the ward at nine/));
    expect((await listIntentions(connection())).items).toHaveLength(1);
  });

  it('asks for your own words when none are given', async () => {
    await useSession.getState().start();
    await savePulse('w1', '2026-11-15T18:00:00.000Z');
    const { user } = renderApp('/results/w1');
    const form = await screen.findByRole('form', { name: 'Your intention for the coming week' });
    await user.click(within(form).getByRole('radio', { name: 'In my own words' }));
    await user.click(within(form).getByRole('button', { name: 'Set my intention' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(/Write your intention in a few words/);
    expect((await listIntentions(connection())).items).toEqual([]);
  });
});

describe('the next reflection', () => {
  async function seedIntention() {
    await useSession.getState().start();
    await saveIntention(connection(), {
      id: 'i1',
      createdAt: '2026-11-15T18:05:00.000Z',
      elementId: 'helping',
      text: 'Clear one obstacle the team names at huddle',
      source: 'practice',
      responseId: null,
      followUp: null,
    });
  }

  it('asks what became of last week’s intention, and records done / partly / not yet with a note', async () => {
    await seedIntention();
    const { user } = renderApp('/assess/leadership-presence');
    const card = await screen.findByRole('region', { name: 'Your last intention' });
    expect(card).toHaveTextContent('You set this on 15 November 2026, for helping:');
    expect(within(card).getByText('Clear one obstacle the team names at huddle')).toBeInTheDocument();
    const outcomes = within(card).getByRole('radiogroup', { name: 'How did it go?' });
    expect(within(outcomes).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual(['Done', 'Partly', 'Not yet']);

    await user.click(within(outcomes).getByRole('radio', { name: 'Partly' }));
    await user.type(within(card).getByRole('textbox', { name: 'A note on what happened' }), 'Managed it on two days');
    await user.click(within(card).getByRole('button', { name: 'Save how it went' }));
    expect(await within(card).findByText('Thank you. Noted as “Partly”.')).toHaveAttribute('role', 'status');
    // The questions are there below it, ready to answer.
    expect(screen.getByRole('heading', { level: 2, name: /Step 1 of 4/ })).toBeInTheDocument();

    const [saved] = (await listIntentions(connection())).items;
    expect(saved!.followUp).toMatchObject({ outcome: 'partly', note: 'Managed it on two days' });

    cleanup();
    renderApp('/intentions');
    const list = await screen.findByRole('list', { name: 'Your intentions, newest first' });
    const entry = within(list).getAllByRole('listitem')[0]!;
    expect(entry).toHaveTextContent('Clear one obstacle the team names at huddle');
    expect(entry).toHaveTextContent('What became of it: Partly');
    expect(entry).toHaveTextContent('Managed it on two days');
  });

  it('asks about each waiting intention in turn, newest first, with a fresh form each time', async () => {
    await seedIntention();
    await saveIntention(connection(), {
      id: 'i2',
      createdAt: '2026-11-18T18:05:00.000Z',
      elementId: 'attending',
      text: 'Put my phone away in one-to-ones',
      source: 'own',
      responseId: null,
      followUp: null,
    });
    const { user } = renderApp('/assess/leadership-presence');
    let card = await screen.findByRole('region', { name: 'Your last intention' });
    expect(within(card).getByText('Put my phone away in one-to-ones')).toBeInTheDocument();
    await user.click(within(card).getByRole('radio', { name: 'Done' }));
    await user.type(within(card).getByRole('textbox', { name: 'A note on what happened' }), 'Every time');
    await user.click(within(card).getByRole('button', { name: 'Save how it went' }));
    expect(await within(card).findByText('Thank you. Noted as “Done”.')).toHaveAttribute('role', 'status');

    cleanup();
    renderApp('/assess/weekly-pulse');
    card = await screen.findByRole('region', { name: 'Your last intention' });
    expect(within(card).getByText('Clear one obstacle the team names at huddle')).toBeInTheDocument();
    expect(within(card).getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect(within(card).getByRole('textbox', { name: 'A note on what happened' })).toHaveValue('');
    await user.click(within(card).getByRole('radio', { name: 'Not yet' }));
    await user.click(within(card).getByRole('button', { name: 'Save how it went' }));
    expect(await within(card).findByText('Thank you. Noted as “Not yet”.')).toHaveAttribute('role', 'status');
    const outcomes = (await listIntentions(connection())).items.map((i) => [i.id, i.followUp?.outcome]);
    expect(outcomes).toEqual([
      ['i2', 'done'],
      ['i1', 'not-yet'],
    ]);
  });

  it('keeps the card and what was written on screen until its own save has finished, even when the list updates first', async () => {
    // Dexie's live queries can show a write before the write's own promise settles (it emits
    // optimistically, and under load the order varies). Here the save is written at once but
    // reports back only when released, so the list always hears of the follow-up first.
    await seedIntention();
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const save = intentionsRepo.saveIntention;
    vi.spyOn(intentionsRepo, 'saveIntention').mockImplementation(async (c, intention) => {
      await save(c, intention);
      await released;
    });
    // Beside the app, in the same tree, the same live list the card reads: once it shows the
    // follow-up, the card's own live query has re-read it in the same render.
    function ListedFollowUp() {
      const intentions = useIntentions(useConnection());
      return intentions?.items[0]?.followUp ? <p>The list has the follow-up</p> : null;
    }
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/assess/weekly-pulse']}>
        <App />
        <ListedFollowUp />
      </MemoryRouter>,
    );
    const card = await screen.findByRole('region', { name: 'Your last intention' });
    await user.click(within(card).getByRole('radio', { name: 'Done' }));
    await user.type(within(card).getByRole('textbox', { name: 'A note on what happened' }), 'Cleared the rota muddle');
    await user.click(within(card).getByRole('button', { name: 'Save how it went' }));
    await screen.findByText('The list has the follow-up');

    expect(card).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Saving…' })).toBeDisabled();
    expect(within(card).getByRole('textbox', { name: 'A note on what happened' })).toHaveValue('Cleared the rota muddle');
    release();
    expect(await within(card).findByText('Thank you. Noted as “Done”.')).toHaveAttribute('role', 'status');
  });

  it('needs an outcome before saving, and can be left for later', async () => {
    await seedIntention();
    const { user } = renderApp('/assess/weekly-pulse');
    const card = await screen.findByRole('region', { name: 'Your last intention' });
    await user.click(within(card).getByRole('button', { name: 'Save how it went' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('Choose done, partly or not yet.');
    await user.click(within(card).getByRole('button', { name: 'Ask me later' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Your last intention' })).not.toBeInTheDocument());
    expect((await listIntentions(connection())).items[0]!.followUp).toBeNull();
  });

  it('is shown on Today until it is followed up', async () => {
    await seedIntention();
    renderApp('/');
    const card = await screen.findByRole('region', { name: 'Your intention' });
    expect(card).toHaveTextContent('Clear one obstacle the team names at huddle');
    expect(within(card).getByRole('link', { name: 'say how it went now' })).toHaveAttribute('href', '/intentions');
  });
});
