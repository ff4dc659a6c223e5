/**
 * What changed between versions, shown in the app. The fixture questionnaire
 * gets a third version here: version 2's file says its scores cannot be
 * compared with version 1's, version 3's says they can be compared with
 * version 2's. An old result says it was answered with an earlier version,
 * lists each later version's note, newest last, and keeps its old score and
 * band; change figures are given only where the scores compare; the history
 * shows each note at its boundary.
 */
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Registry from '../content/questionnaires.ts';
import type { Questionnaire } from '../content/questionnaire-schema.ts';
import { useSession } from '../state/session-store.ts';
import { renderApp } from '../testing/render-app.tsx';
import { saveUniformResult } from '../testing/save-uniform-result.ts';

const TWO_NOTE = 'One question was reworded, and the bands were cut again.';
const THREE_NOTE = 'The help text was made plainer.';

vi.mock('../content/questionnaires.ts', async (importOriginal) => {
  const { createRegistry } = await importOriginal<typeof Registry>();
  const { readFileSync: readFile } = await import('node:fs');
  const read = (path: string) => JSON.parse(readFile(path, 'utf8')) as Record<string, unknown>;
  const v1 = read('tests/fixtures/content/questionnaires/archive/fixture-reflection.v1.json');
  const v2 = { ...read('tests/fixtures/content/questionnaires/fixture-reflection.json'), changesFromPrevious: { summary: 'One question was reworded, and the bands were cut again.', scoresComparable: false } };
  const v3 = { ...v2, version: 3, changesFromPrevious: { summary: 'The help text was made plainer.', scoresComparable: true } };
  return createRegistry(
    { '/content/questionnaires/fixture-reflection.json': async () => v3 },
    {
      '/content/questionnaires/archive/fixture-reflection.v1.json': async () => v1,
      '/content/questionnaires/archive/fixture-reflection.v2.json': async () => v2,
    },
  );
});

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Questionnaire;
const v1 = read('tests/fixtures/content/questionnaires/archive/fixture-reflection.v1.json');
const v2 = read('tests/fixtures/content/questionnaires/fixture-reflection.json');
const v3 = { ...v2, version: 3 };

const saveResult = saveUniformResult;

function changeCells() {
  const table = screen.getByRole('table', { name: /^Scores/ });
  return within(table).getAllByRole('cell').filter((cell) => cell.dataset.label?.startsWith('Change'));
}

describe('a result of an older version', () => {
  it('says it was answered with an earlier version, lists what changed since, newest last, and keeps its old score and band', async () => {
    await useSession.getState().start();
    await saveResult(v1, 'old', '2026-06-01T09:00:00.000Z', 2);
    renderApp('/results/old');
    const title = await screen.findByText('Answered with an earlier version of the questions');
    const note = title.closest<HTMLElement>('[role="status"]')!;
    expect(note).toHaveTextContent('You answered this with version 1. The questions are now at version 3.');
    expect(within(note).getAllByRole('listitem').map((li) => li.textContent)).toEqual([`Version 2: ${TWO_NOTE}`, `Version 3: ${THREE_NOTE}`]);
    expect(note).toHaveTextContent('This result keeps its scores as they were worked out then, with the bands and feedback of version 1.');
    expect(screen.getByRole('region', { name: 'Attending: Version one high band' })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: /^Scores/ })).getAllByRole('cell')[0]).toHaveTextContent('50');
  });

  it('shows no such note on a result of the current version', async () => {
    await useSession.getState().start();
    await saveResult(v3, 'new', '2026-06-01T09:00:00.000Z', 2);
    renderApp('/results/new');
    await screen.findByText(/Fixture reflection \(version 3\)/);
    expect(screen.queryByText('Answered with an earlier version of the questions')).not.toBeInTheDocument();
  });
});

describe('change figures across versions', () => {
  it('are not given across a boundary whose scores are not comparable: the table says the questions changed', async () => {
    await useSession.getState().start();
    await saveResult(v1, 'a', '2026-06-01T09:00:00.000Z', 1);
    await saveResult(v3, 'c', '2026-08-01T09:00:00.000Z', 3);
    renderApp('/results/c');
    const table = await screen.findByRole('table', { name: /^Scores/ });
    expect(table).toHaveAccessibleName('Scores (not compared with your previous result: the questions changed, so the scores are not comparable)');
    expect(changeCells().map((cell) => cell.textContent)).toEqual(['Not compared: the questions changed', 'Not compared: the questions changed']);
    expect(table).not.toHaveTextContent(/up \d+ points?/);
  });

  it('are given across a boundary whose scores are comparable', async () => {
    await useSession.getState().start();
    await saveResult(v2, 'b', '2026-07-01T09:00:00.000Z', 2);
    await saveResult(v3, 'c', '2026-08-01T09:00:00.000Z', 3);
    renderApp('/results/c');
    await screen.findByRole('table', { name: /^Scores/ });
    expect(changeCells().map((cell) => cell.textContent)).toEqual(['up 50 points', 'up 50 points']);
  });
});

describe('the history of a questionnaire with notes on its versions', () => {
  it('shows at each boundary what changed and whether the scores either side can be read side by side', async () => {
    await useSession.getState().start();
    await saveResult(v1, 'a', '2026-06-01T09:00:00.000Z', 1);
    await saveResult(v2, 'b', '2026-07-01T09:00:00.000Z', 2);
    await saveResult(v3, 'c', '2026-08-01T09:00:00.000Z', 3);
    renderApp('/history/fixture-reflection');
    const table = await screen.findByRole('table', { name: 'Scores over time (0 to 100)' });
    await within(table).findByText(new RegExp(TWO_NOTE));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '1 June 2026' + '0' + '0',
      `The questions changed here, from version 1 to version 2. ${TWO_NOTE} Scores before this line were made with different questions, so they cannot be read side by side with the scores after it.`,
      '1 July 2026' + '50' + '50',
      `The questions changed here, from version 2 to version 3. ${THREE_NOTE} Scores before and after this line can be read side by side.`,
      '1 August 2026' + '100' + '100',
    ]);
  });
});
