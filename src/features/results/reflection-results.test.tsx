/**
 * Results of the new instruments: the presence check's gaps with the
 * largest named as next week's focus, the pulse's element scores beside the
 * latest self-care check-in, and each result stored with its version.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../content/questionnaire-schema.ts';
import { buildResponse, newDraft } from '../../domain/questionnaire/build-response.ts';
import type { DraftAnswer } from '../../domain/questionnaire/response.ts';
import { useSession } from '../../state/session-store.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { readQuestionnaire } from '../../testing/self-assessment.ts';

const presence = readQuestionnaire('leadership-presence');
const pulse = readQuestionnaire('weekly-pulse');
const selfCare = readQuestionnaire('self-compassion');

async function save(questionnaire: Questionnaire, id: string, completedAt: string, answer: (sectionIndex: number, item: { type: string; reverse?: boolean }) => DraftAnswer) {
  const answers: Record<string, DraftAnswer> = {};
  questionnaire.sections.forEach((section, index) => {
    for (const item of section.items) answers[item.id] = answer(index, item);
  });
  const draft = { ...newDraft(questionnaire, new Date(completedAt)), answers };
  await saveCompletedResponse(useSession.getState().connection!, buildResponse(questionnaire, draft, id, new Date(completedAt)));
}

describe('a presence check result', () => {
  it('shows aim, actual and the gap per element, names the largest gap and suggests it as next week’s focus', async () => {
    await useSession.getState().start();
    // Aim 5 everywhere; actual 5, 4, 2, 3 → gaps 0, 25, 75, 50 points.
    await save(presence, 'p1', '2026-11-20T18:00:00.000Z', (i) => ({ aim: 5, actual: [5, 4, 2, 3][i]! }));
    renderApp('/results/p1');
    const table = await screen.findByRole('table', { name: /Gaps between aim and actual/ });
    expect(within(table).getByRole('row', { name: /Attending/ })).toHaveTextContent('0 (aim 100, actual 100)');
    expect(within(table).getByRole('row', { name: /Empathising/ })).toHaveTextContent('75 (aim 100, actual 25)');
    const largest = screen.getByRole('region', { name: 'Your largest gap' });
    expect(largest).toHaveTextContent(/is in Empathising: 75 points \(aim 100, actual 25\)\. It could be your focus for next week\./);

    const empathising = presence.sections[2]!;
    const band = empathising.bands!.find((b) => 75 >= b.min && 75 <= b.max)!;
    expect(screen.getByRole('region', { name: `${empathising.title}: ${band.label}` })).toHaveTextContent(band.feedback);

    const picker = await screen.findByRole('form', { name: 'Your intention for the coming week' });
    // Offered first, but not chosen for the leader: nothing is selected until they choose.
    const offered = within(within(picker).getByRole('radiogroup', { name: 'What will you try?' })).getAllByRole('radio');
    expect(offered[0]).toHaveAccessibleName(/Make empathising my focus \(my largest gap\)/);
    expect(offered.some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
    expect(within(within(picker).getByRole('radiogroup', { name: 'Which element is it for?' })).getByRole('radio', { name: 'Empathising' })).toBeChecked();
  });
});

describe('a weekly pulse result', () => {
  it('scores each element 0–100 like the full assessment, energy apart, and shows the self-care check-in beside it', async () => {
    await useSession.getState().start();
    await save(selfCare, 's1', '2026-11-19T08:00:00.000Z', (_i, item) => (item.reverse ? 2 : 4)); // keyed 4 → 75
    // Keyed 5 for attending, 4 understanding, 3 empathising, 2 helping, 1 energy → 100, 75, 50, 25, 0.
    await save(pulse, 'w1', '2026-11-20T18:00:00.000Z', (i, item) => (item.reverse ? 6 - (5 - i) : 5 - i));
    renderApp('/results/w1');
    const bars = await screen.findByRole('figure', { name: 'Your scores (0 to 100)' });
    expect(within(bars).getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      pulse.sections.map((s, i) => `${s.title}${[100, 75, 50, 25, 0][i]} out of 100`),
    );
    expect(screen.getByText(/Overall: 63 out of 100/)).toBeInTheDocument(); // (100 + 75 + 50 + 25) / 4 = 62.5 → 63, energy apart
    const beside = await screen.findByRole('complementary', { name: 'Caring for yourself' });
    expect(beside).toHaveTextContent(/on 19 November 2026: 75 out of 100/);
    expect(screen.getByText(`${pulse.title} (version ${pulse.version}), completed 20 November 2026.`, { exact: false })).toBeInTheDocument();
  });

  it('invites a self-care check-in when there is none yet', async () => {
    await useSession.getState().start();
    await save(pulse, 'w1', '2026-11-20T18:00:00.000Z', () => 3);
    renderApp('/results/w1');
    const beside = await screen.findByRole('complementary', { name: 'Caring for yourself' });
    expect(within(beside).getByRole('link', { name: /Take the self-care check-in/i })).toHaveAttribute('href', '/assess/self-compassion');
    expect(beside).toHaveTextContent('(about 2 minutes).');
  });
});
