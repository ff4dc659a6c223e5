/**
 * The support routes around self-care: folded beneath the check-in shown
 * beside a leadership result, and in full on the self-care check-in's own
 * result, unless a band shown there already carries them.
 */
import { readFileSync } from 'node:fs';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../content/questionnaire-schema.ts';
import { loadSupportRoutes } from '../../content/support-routes.ts';
import type { SupportRoutes } from '../../content/support-schema.ts';
import { buildResponse, newDraft } from '../../domain/questionnaire/build-response.ts';
import { scoreResponse } from '../../domain/scoring/score-response.ts';
import { useSession } from '../../state/session-store.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { readQuestionnaire } from '../../testing/self-assessment.ts';
import { SelfCareSupport } from './self-care-support.tsx';

const pulse = readQuestionnaire('weekly-pulse');
const selfCare = readQuestionnaire('self-compassion');
const ROUTES = JSON.parse(readFileSync('content/support/support-routes.json', 'utf8')) as SupportRoutes;

async function save(questionnaire: Questionnaire, id: string, completedAt: string, keyed: number) {
  const answers = Object.fromEntries(
    questionnaire.sections.flatMap((s) => s.items.filter((i) => i.type === 'scale').map((i) => [i.id, i.reverse ? 6 - keyed : keyed])),
  );
  const draft = { ...newDraft(questionnaire, new Date(completedAt)), answers };
  const response = buildResponse(questionnaire, draft, id, new Date(completedAt));
  await saveCompletedResponse(useSession.getState().connection!, response);
  return response;
}

describe('support around self-care', () => {
  it('is folded beneath the check-in shown beside a leadership result', async () => {
    const user = userEvent.setup();
    await useSession.getState().start();
    await save(selfCare, 's1', '2026-11-19T08:00:00.000Z', 2);
    await save(pulse, 'w1', '2026-11-20T18:00:00.000Z', 3);
    renderApp('/results/w1');
    const beside = await screen.findByRole('complementary', { name: 'Caring for yourself' });
    const summary = await within(beside).findByText('Where to turn if work is weighing on you');
    expect(within(beside).getByText(ROUTES.urgent)).not.toBeVisible();
    await user.click(summary);
    expect(within(beside).getByText(ROUTES.urgent)).toBeVisible();
  });

  it('is shown in full on the check-in’s own result', async () => {
    await useSession.getState().start();
    await save(selfCare, 's1', '2026-11-19T08:00:00.000Z', 4);
    renderApp('/results/s1');
    const routes = await screen.findByRole('region', { name: ROUTES.title });
    expect(within(routes).getByRole('heading', { level: 2, name: ROUTES.title })).toBeInTheDocument();
    expect(within(routes).getAllByRole('listitem')).toHaveLength(ROUTES.routes.length);
  });

  it('is not shown again on the check-in’s result when the band shown already signposts it', async () => {
    const signposted: Questionnaire = {
      ...selfCare,
      sections: selfCare.sections.map((s) => ({ ...s, bands: s.bands?.map((b) => ({ ...b, signpost: true })) })),
    };
    await useSession.getState().start();
    const response = await save(selfCare, 's1', '2026-11-19T08:00:00.000Z', 4);
    render(
      <>
        <SelfCareSupport questionnaire={signposted} score={scoreResponse(response)} />
        <SelfCareSupport questionnaire={selfCare} score={scoreResponse(response)} />
      </>,
    );
    await screen.findByRole('region', { name: ROUTES.title }); // the one without a signposting band
    await act(() => loadSupportRoutes()); // every load has settled
    expect(screen.getAllByRole('region', { name: ROUTES.title })).toHaveLength(1);
  });

  it('is shown once on a result with two signposting bands, and not folded again beside it', async () => {
    await useSession.getState().start();
    await save(selfCare, 's1', '2026-11-19T08:00:00.000Z', 2);
    // Every pulse answer at the low end: empathising and energy both land in a band that signposts support.
    await save(pulse, 'w1', '2026-11-20T18:00:00.000Z', 1);
    const signposting = pulse.sections.filter((s) => s.bands?.find((b) => b.min === 0)?.signpost === true);
    expect(signposting.map((s) => s.id)).toEqual(expect.arrayContaining(['pulse-empathising', 'pulse-energy']));
    renderApp('/results/w1');
    const beside = await screen.findByRole('complementary', { name: 'Caring for yourself' });
    await screen.findAllByRole('region', { name: ROUTES.title });
    await act(() => loadSupportRoutes()); // every load has settled
    const routes = screen.getAllByRole('region', { name: ROUTES.title });
    expect(routes).toHaveLength(1);
    // Under the last section whose band signposts them.
    const last = signposting.at(-1)!;
    expect(routes[0]!.closest('[aria-labelledby^="feedback-"]')).toHaveAttribute('aria-labelledby', `feedback-${last.id}`);
    expect(within(beside).queryByText('Where to turn if work is weighing on you')).not.toBeInTheDocument();
  });
});
