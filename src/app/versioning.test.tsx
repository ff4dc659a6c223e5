/**
 * History survives a content change. A fixture questionnaire has a version 1
 * (archived) and a version 2 (current) that rewords one question under a new
 * id and rewrites the band feedback. Through the whole app: a v1 result
 * still shows with v1's wording, a draft begun on v1 reopens with v1, new
 * results use v2, and the trend marks the boundary between them.
 */
import { readFileSync } from 'node:fs';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Registry from '../content/questionnaires.ts';
import type { Questionnaire } from '../content/questionnaire-schema.ts';
import { validateContent } from '../content/validate-content.ts';
import { buildResponse, newDraft } from '../domain/questionnaire/build-response.ts';
import { useSession } from '../state/session-store.ts';
import { getDraft, saveDraft } from '../storage/repositories/drafts-repo.ts';
import { listResponsesOf, saveCompletedResponse } from '../storage/repositories/responses-repo.ts';
import { renderApp } from '../testing/render-app.tsx';

const CURRENT = 'tests/fixtures/content/questionnaires/fixture-reflection.json';
const ARCHIVED = 'tests/fixtures/content/questionnaires/archive/fixture-reflection.v1.json';
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Questionnaire;
const v1 = read(ARCHIVED);
const v2 = read(CURRENT);

vi.mock('../content/questionnaires.ts', async (importOriginal) => {
  const { createRegistry } = await importOriginal<typeof Registry>();
  const { readFileSync: readFile } = await import('node:fs');
  const loader = (path: string) => async () => JSON.parse(readFile(path, 'utf8')) as unknown;
  return createRegistry(
    { '/content/questionnaires/fixture-reflection.json': loader('tests/fixtures/content/questionnaires/fixture-reflection.json') },
    { '/content/questionnaires/archive/fixture-reflection.v1.json': loader('tests/fixtures/content/questionnaires/archive/fixture-reflection.v1.json') },
  );
});

function connection() {
  return useSession.getState().connection!;
}

async function saveResult(questionnaire: Questionnaire, id: string, completedAt: string, value: number) {
  const answers = Object.fromEntries(questionnaire.sections.flatMap((s) => s.items.map((i) => [i.id, i.type === 'scale' && i.reverse ? 4 - value : value])));
  const draft = { ...newDraft(questionnaire, new Date(completedAt)), answers };
  await saveCompletedResponse(connection(), buildResponse(questionnaire, draft, id, new Date(completedAt)));
}

describe('a version-2 edit of a questionnaire', () => {
  it('is valid content: versions increase and the changed question has a new id', () => {
    const files = [CURRENT, ARCHIVED].map((path) => ({ path: path.replace('tests/fixtures/', ''), text: readFileSync(path, 'utf8') }));
    expect(validateContent(files)).toEqual([]);
  });

  it('still shows a v1 result with v1’s wording and feedback', async () => {
    await useSession.getState().start();
    await saveResult(v1, 'old', '2026-06-01T09:00:00.000Z', 3);
    renderApp('/results/old');
    expect(await screen.findByText(/Fixture reflection \(version 1\)/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Attending: Version one high band' })).toHaveTextContent('Feedback written for version one, high.');
  });

  it('reopens a draft begun on v1 with v1, and starts new answers on v2', async () => {
    await useSession.getState().start();
    await saveDraft(connection(), { ...newDraft(v1, new Date('2026-06-01T09:00:00Z')), answers: { 'fixture-phone': 2 } });
    const { user } = renderApp('/assess/fixture-reflection');
    await user.click(await screen.findByRole('button', { name: 'Resume' }));
    expect(await screen.findByRole('radiogroup', { name: 'Version one: I listened without interrupting.' })).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: 'Version two: I gave people my full attention.' })).not.toBeInTheDocument();
    cleanup();

    const again = renderApp('/assess/fixture-reflection');
    await again.user.click(await screen.findByRole('button', { name: /Start again/ }));
    const group = await screen.findByRole('radiogroup', { name: 'Version two: I gave people my full attention.' });
    await again.user.click(within(group).getByRole('radio', { name: 'Often' }));
    await again.user.click(within(screen.getByRole('radiogroup', { name: 'I checked my phone while someone talked.' })).getByRole('radio', { name: 'Rarely' }));
    await waitFor(async () => expect((await getDraft(connection(), 'fixture-reflection'))?.questionnaireVersion).toBe(2));
    await again.user.click(screen.getByRole('button', { name: 'See my results' }));
    expect(await screen.findByText(/Fixture reflection \(version 2\)/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Attending: Version two high band' })).toBeInTheDocument();
    const [saved] = (await listResponsesOf(connection(), 'fixture-reflection')).items;
    expect(saved).toMatchObject({ questionnaireVersion: 2 });
    expect(saved!.items.map((i) => i.itemId)).toEqual(['fixture-listen-fully', 'fixture-phone']);
  });

  it('marks the boundary between versions in the trend', async () => {
    await useSession.getState().start();
    await saveResult(v1, 'a', '2026-06-01T09:00:00.000Z', 1);
    await saveResult(v1, 'b', '2026-07-01T09:00:00.000Z', 2);
    await saveResult(v2, 'c', '2026-08-01T09:00:00.000Z', 3);
    renderApp('/history/fixture-reflection');
    const table = await screen.findByRole('table', { name: 'Scores over time (0 to 100)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '1 June 2026' + '0' + '0',
      '1 July 2026' + '50' + '50',
      'The questions changed here, from version 1 to version 2. Compare scores across this line with care.',
      '1 August 2026' + '100' + '100',
    ]);
  });
});
