/**
 * When the notes on a questionnaire's versions cannot be loaded (an archived
 * file missing from the cache after an update, say), the app cannot know
 * whether scores across a version boundary compare, so it does not compare
 * them: no change figures between results of different versions.
 */
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Registry from '../content/questionnaires.ts';
import type { Questionnaire } from '../content/questionnaire-schema.ts';
import { useSession } from '../state/session-store.ts';
import { renderApp } from '../testing/render-app.tsx';
import { saveUniformResult } from '../testing/save-uniform-result.ts';

vi.mock('../content/questionnaires.ts', async (importOriginal) => {
  const { createRegistry } = await importOriginal<typeof Registry>();
  const { readFileSync: readFile } = await import('node:fs');
  const read = (path: string) => JSON.parse(readFile(path, 'utf8')) as Record<string, unknown>;
  const v2 = read('tests/fixtures/content/questionnaires/fixture-reflection.json');
  const v3 = { ...v2, version: 3, changesFromPrevious: { summary: 'The help text was made plainer.', scoresComparable: true } };
  return createRegistry(
    { '/content/questionnaires/fixture-reflection.json': async () => v3 },
    { '/content/questionnaires/archive/fixture-reflection.v2.json': () => Promise.reject(new Error('chunk missing')) },
  );
});

const v2 = JSON.parse(readFileSync('tests/fixtures/content/questionnaires/fixture-reflection.json', 'utf8')) as Questionnaire;
const v3 = { ...v2, version: 3 };

const saveResult = saveUniformResult;

describe('change figures when the version notes cannot be loaded', () => {
  it('are not given between results of different versions', async () => {
    await useSession.getState().start();
    await saveResult(v2, 'b', '2026-07-01T09:00:00.000Z', 2);
    await saveResult(v3, 'c', '2026-08-01T09:00:00.000Z', 3);
    renderApp('/results/c');
    const table = await screen.findByRole('table', { name: /^Scores/ });
    expect(table).not.toHaveTextContent(/up \d+ points?/);
    const changes = within(table).getAllByRole('cell').filter((cell) => cell.dataset.label?.startsWith('Change'));
    expect(changes.map((cell) => cell.textContent)).toEqual(['Not compared: the questions changed', 'Not compared: the questions changed']);
  });
});
