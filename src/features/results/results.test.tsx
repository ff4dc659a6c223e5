import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildResponse, newDraft } from '../../domain/questionnaire/build-response.ts';
import { useSession } from '../../state/session-store.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { scaleItems, selfAssessment } from '../../testing/self-assessment.ts';

/** Saves a result where every item is answered so that it scores `keyed` (1–5) once reverse keys are applied. */
async function saveResult(id: string, completedAt: string, keyed: (elementIndex: number) => number) {
  const answers: Record<string, number> = {};
  selfAssessment.sections.forEach((_section, index) => {
    for (const item of scaleItems(selfAssessment, index)) answers[item.id] = item.reverse ? 6 - keyed(index) : keyed(index);
  });
  const draft = { ...newDraft(selfAssessment, new Date(completedAt)), answers };
  await saveCompletedResponse(useSession.getState().connection!, buildResponse(selfAssessment, draft, id, new Date(completedAt)));
}

async function start() {
  await useSession.getState().start();
}

describe('the results page', () => {
  it('shows the four element scores as bars with a table of the same figures', async () => {
    await start();
    // Keyed answers 5, 4, 3, 1 → 100, 75, 50, 0; overall 56.
    await saveResult('r1', '2026-11-10T10:00:00.000Z', (i) => [5, 4, 3, 1][i]!);
    renderApp('/results/r1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your result' })).toBeInTheDocument();
    const bars = screen.getByRole('figure', { name: 'Your scores (0 to 100)' });
    expect(within(bars).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Attending100 out of 100',
      'Understanding75 out of 100',
      'Empathising50 out of 100',
      'Helping0 out of 100',
    ]);
    const table = screen.getByRole('table', { name: /Scores/ });
    expect(within(table).getByRole('row', { name: /Understanding/ })).toHaveTextContent('Understanding757 of 7First result');
    expect(within(table).getByRole('row', { name: /Overall/ })).toHaveTextContent('Overall56');
    expect(screen.getByText(/Overall: 56 out of 100/)).toBeInTheDocument();
  });

  it('gives each element its band’s feedback and suggested practices', async () => {
    await start();
    await saveResult('r1', '2026-11-10T10:00:00.000Z', (i) => [5, 4, 3, 1][i]!);
    renderApp('/results/r1');
    for (const [index, score] of [100, 75, 50, 0].entries()) {
      const element = selfAssessment.sections[index]!;
      const band = element.bands!.find((b) => score >= b.min && score <= b.max)!;
      const section = await screen.findByRole('region', { name: `${element.title}: ${band.label}` });
      expect(within(section).getByText(band.feedback)).toBeInTheDocument();
      for (const practice of band.practices) expect(within(section).getByText(`${practice.title}.`)).toBeInTheDocument();
    }
  });

  it('shows the change since the previous result', async () => {
    await start();
    await saveResult('before', '2026-08-01T10:00:00.000Z', () => 3);
    await saveResult('after', '2026-11-10T10:00:00.000Z', (i) => [5, 3, 2, 4][i]!);
    renderApp('/results/after');
    const table = await screen.findByRole('table', { name: /change since your previous result/ });
    expect(within(table).getByRole('columnheader', { name: 'Change since 1 August 2026' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Attending/ })).toHaveTextContent('up 50 points');
    expect(within(table).getByRole('row', { name: /Understanding/ })).toHaveTextContent('no change');
    expect(within(table).getByRole('row', { name: /Empathising/ })).toHaveTextContent('down 25 points');
    expect(within(table).getByRole('row', { name: /Overall/ })).toHaveTextContent('up 13 points');
  });

  it('names every figure with its column, for the card each row becomes on a narrow screen', async () => {
    await start();
    await saveResult('before', '2026-08-01T10:00:00.000Z', () => 3);
    await saveResult('after', '2026-11-10T10:00:00.000Z', (i) => [5, 3, 2, 4][i]!);
    renderApp('/results/after');
    const table = await screen.findByRole('table', { name: /change since your previous result/ });
    const columns = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(columns).toEqual(['Section', 'Score', 'Answered', 'Change since 1 August 2026']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(within(row).getByRole('rowheader')).toBeInTheDocument();
      // Each cell carries its column's name (shown before the value when the row stacks as a card).
      expect(within(row).getAllByRole('cell').map((cell) => cell.dataset.label)).toEqual(columns.slice(1));
    }
    const attending = within(table).getByRole('row', { name: /Attending/ });
    expect(within(attending).getAllByRole('cell').map((cell) => [cell.dataset.label, cell.textContent])).toEqual([
      ['Score', '100'],
      ['Answered', '7 of 7'],
      ['Change since 1 August 2026', 'up 50 points'],
    ]);
  });

  it('says so when the result is not on this device', async () => {
    renderApp('/results/missing');
    expect(await screen.findByRole('heading', { level: 1, name: 'Result not found' })).toBeInTheDocument();
  });
});

describe('past results on the home screen', () => {
  it('lists every result, newest first, each linking to its page', async () => {
    await start();
    await saveResult('old', '2026-03-05T10:00:00.000Z', () => 3);
    await saveResult('new', '2026-09-21T10:00:00.000Z', () => 5);
    const { user } = renderApp('/');
    const links = await screen.findAllByRole('link', { name: /^Self-assessment, / });
    expect(links.map((l) => l.textContent)).toEqual([
      'Self-assessment, 21 September 2026Overall 100 out of 100',
      'Self-assessment, 5 March 2026Overall 50 out of 100',
    ]);
    await user.click(links[1]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your result' })).toBeInTheDocument();
    expect(screen.getByText(/completed 5 March 2026/)).toBeInTheDocument();
  });

  it('says there are no results yet on first run', async () => {
    renderApp('/');
    expect(await screen.findByText(/No results yet/)).toBeInTheDocument();
  });
});

describe('the way on from a result', () => {
  it('links to the instrument’s history and to Progress', async () => {
    await start();
    await saveResult('r1', '2026-11-10T10:00:00.000Z', () => 4);
    renderApp('/results/r1');
    await screen.findByRole('heading', { level: 1, name: 'Your result' });
    expect(screen.getByRole('link', { name: /^All your .* results$/ })).toHaveAttribute('href', '/history/compassionate-leadership');
    expect(screen.getByRole('link', { name: 'See your progress' })).toHaveAttribute('href', '/progress');
  });
});
