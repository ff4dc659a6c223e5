/**
 * Aims asked once and carried forward (pairedScale.reuseAims), on a fixture
 * presence check: the first time both ratings are asked; after that the aims
 * of the latest response are shown read-only, only the actual is asked, and
 * "Change my aims" opens the aims again. The stored response holds both.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Registry from '../../content/questionnaires.ts';
import { buildResponse, newDraft } from '../../domain/questionnaire/build-response.ts';
import { useSession } from '../../state/session-store.ts';
import { getDraft } from '../../storage/repositories/drafts-repo.ts';
import { listResponsesOf, saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { fixturePresence } from '../../testing/fixture-questionnaires.ts';
import { renderApp } from '../../testing/render-app.tsx';

vi.mock('../../content/questionnaires.ts', async (importOriginal) => {
  const { createRegistry } = await importOriginal<typeof Registry>();
  const { fixturePresence: fixture } = await import('../../testing/fixture-questionnaires.ts');
  return createRegistry({ '/content/questionnaires/fixture-presence.json': async () => fixture }, {});
});

const scale = fixturePresence.pairedScale!;
const [first, second] = fixturePresence.sections[0]!.items;
const connection = () => useSession.getState().connection!;
const side = (label: string, text: string) => screen.getByRole('radiogroup', { name: `${label} ${text}` });

/** Saves an earlier presence check, completed on 12 November 2026, with these aims (and actuals of 3). */
async function saveEarlier(aims: Record<string, number>) {
  await useSession.getState().start();
  const completed = new Date('2026-11-12T18:00:00.000Z');
  const answers = Object.fromEntries(Object.entries(aims).map(([id, aim]) => [id, { aim, actual: 3 }]));
  const draft = { ...newDraft(fixturePresence, completed), answers };
  await saveCompletedResponse(connection(), buildResponse(fixturePresence, draft, 'earlier', completed));
}

describe('aims reused from the last presence check', () => {
  it('are asked with the actual the first time', async () => {
    renderApp('/assess/fixture-presence');
    await screen.findByRole('heading', { level: 2, name: /Attending/ });
    expect(side(scale.aimLabel, first!.text)).toBeInTheDocument();
    expect(side(scale.actualLabel, first!.text)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change my aims' })).not.toBeInTheDocument();
  });

  it('are shown read-only after that, with only the actual asked, and kept in the new response', async () => {
    await saveEarlier({ 'presence-attending-1': 5, 'presence-attending-2': 4, 'presence-helping-1': 5, 'presence-helping-2': 5 });
    const { user } = renderApp('/assess/fixture-presence');
    const carried = await screen.findByRole('group', { name: 'Your aims, carried from 12 November 2026' });
    expect(carried).toHaveTextContent(`${first!.text}${scale.aimLabel}: Almost always`);
    expect(carried).toHaveTextContent(`${second!.text}${scale.aimLabel}: Often`);
    expect(screen.queryByRole('radiogroup', { name: `${scale.aimLabel} ${first!.text}` })).not.toBeInTheDocument();
    expect(screen.getByText(/0 of 4 answered/)).toBeInTheDocument();

    await user.click(within(side(scale.actualLabel, first!.text)).getByRole('radio', { name: 'Often' }));
    await user.click(within(side(scale.actualLabel, second!.text)).getByRole('radio', { name: 'Often' }));
    expect(screen.getByText(/2 of 4 answered/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next: Helping' }));
    await screen.findByRole('group', { name: 'Your aims, carried from 12 November 2026' });
    for (const item of fixturePresence.sections[1]!.items) {
      await user.click(within(side(scale.actualLabel, item.text)).getByRole('radio', { name: 'Almost always' }));
    }
    await user.click(screen.getByRole('button', { name: 'See my results' }));
    await screen.findByRole('heading', { level: 1, name: 'Your result' });
    const [latest] = (await listResponsesOf(connection(), 'fixture-presence')).items;
    expect(latest!.id).not.toBe('earlier');
    expect(latest!.items.filter((i) => i.kind === 'paired').map((i) => (i.kind === 'paired' ? [i.aim, i.actual] : []))).toEqual([
      [5, 4],
      [4, 4],
      [5, 5],
      [5, 5],
    ]);
  });

  it('can be changed: “Change my aims” shows the aim ratings for that step, filled in', async () => {
    await saveEarlier({ 'presence-attending-1': 5, 'presence-attending-2': 4 });
    const { user } = renderApp('/assess/fixture-presence');
    await user.click(await screen.findByRole('button', { name: 'Change my aims' }));
    const aim = side(scale.aimLabel, first!.text);
    expect(within(aim).getByRole('radio', { name: 'Almost always' })).toBeChecked();
    expect(screen.queryByRole('group', { name: /Your aims, carried from/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Your earlier aims are filled in below/)).toHaveFocus();
    await user.click(within(aim).getByRole('radio', { name: 'Often' }));
    await waitFor(async () => expect((await getDraft(connection(), 'fixture-presence'))?.answers['presence-attending-1']).toEqual({ aim: 4 }));
  });

  it('asks in full, and keeps asking, the aim of a pair that was not carried', async () => {
    // Only the first attending behaviour had an aim last time: the second is asked in full.
    await saveEarlier({ 'presence-attending-1': 5 });
    const { user } = renderApp('/assess/fixture-presence');
    const carried = await screen.findByRole('group', { name: 'Your aims, carried from 12 November 2026' });
    expect(carried).toHaveTextContent(first!.text);
    expect(carried).not.toHaveTextContent(second!.text);
    expect(screen.queryByRole('radiogroup', { name: `${scale.aimLabel} ${first!.text}` })).not.toBeInTheDocument();

    const often = within(side(scale.aimLabel, second!.text)).getByRole('radio', { name: 'Often' });
    await user.click(often);
    // The aim stays asked where it was, with focus on the choice just made, and is not called carried.
    expect(within(side(scale.aimLabel, second!.text)).getByRole('radio', { name: 'Often' })).toBeChecked();
    expect(often).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(side(scale.aimLabel, second!.text)).getByRole('radio', { name: 'Almost always' })).toBeChecked();
    expect(screen.getByRole('group', { name: 'Your aims, carried from 12 November 2026' })).not.toHaveTextContent(second!.text);
    await waitFor(async () => expect((await getDraft(connection(), 'fixture-presence'))?.answers['presence-attending-2']).toEqual({ aim: 5 }));
  });
});
