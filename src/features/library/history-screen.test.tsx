/** The history's trend table: on a narrow screen each result is a card, so every score names its column. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildResponse, newDraft } from '../../domain/questionnaire/build-response.ts';
import { NOT_APPLICABLE } from '../../domain/questionnaire/response.ts';
import { useSession } from '../../state/session-store.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { scaleItems, selfAssessment } from '../../testing/self-assessment.ts';

async function saveResult(id: string, completedAt: string, keyed: number) {
  const answers: Record<string, number> = {};
  selfAssessment.sections.forEach((_section, index) => {
    for (const item of scaleItems(selfAssessment, index)) answers[item.id] = item.reverse ? 6 - keyed : keyed;
  });
  const draft = { ...newDraft(selfAssessment, new Date(completedAt)), answers };
  await saveCompletedResponse(useSession.getState().connection!, buildResponse(selfAssessment, draft, id, new Date(completedAt)));
}

describe('the history of an instrument', () => {
  it('names every score in the trend table with its column', async () => {
    await useSession.getState().start();
    await saveResult('a', '2026-06-01T09:00:00.000Z', 3);
    await saveResult('b', '2026-07-01T09:00:00.000Z', 5);
    renderApp('/history/compassionate-leadership');
    const table = await screen.findByRole('table', { name: 'Scores over time (0 to 100)' });
    await within(table).findByRole('columnheader', { name: 'Attending' }); // titles load with the questionnaire
    const columns = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(columns).toEqual(['Date', 'Attending', 'Understanding', 'Empathising', 'Helping', 'Overall']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['1 June 2026', '1 July 2026']);
    for (const row of rows) {
      expect(within(row).getAllByRole('cell').map((cell) => cell.dataset.label)).toEqual(columns.slice(1));
    }
    expect(within(rows[1]!).getAllByRole('cell').map((cell) => `${cell.dataset.label}: ${cell.textContent}`)).toEqual([
      'Attending: 100',
      'Understanding: 100',
      'Empathising: 100',
      'Helping: 100',
      'Overall: 100',
    ]);
  });
});

describe('a section with too few questions that applied', () => {
  it('says so in the history, not "Incomplete"', async () => {
    await useSession.getState().start();
    const answers: Record<string, number | string> = {};
    selfAssessment.sections.forEach((_section, index) => {
      scaleItems(selfAssessment, index).forEach((item, n) => {
        answers[item.id] = index === 0 && n > 1 ? NOT_APPLICABLE : item.reverse ? 2 : 4;
      });
    });
    const when = new Date('2026-08-01T09:00:00.000Z');
    const draft = { ...newDraft(selfAssessment, when), answers };
    await saveCompletedResponse(useSession.getState().connection!, buildResponse(selfAssessment, draft, 'n', when));
    renderApp('/history/compassionate-leadership');
    const table = await screen.findByRole('table', { name: 'Scores over time (0 to 100)' });
    await within(table).findByRole('columnheader', { name: 'Attending' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Too few applied', '75', '75', '75']);
  });
});

describe('the way on from a history', () => {
  it('links to Progress', async () => {
    await useSession.getState().start();
    await saveResult('a', '2026-06-01T09:00:00.000Z', 3);
    renderApp('/history/compassionate-leadership');
    await screen.findByRole('table', { name: 'Scores over time (0 to 100)' });
    expect(screen.getByRole('link', { name: 'See your progress' })).toHaveAttribute('href', '/progress');
  });
});
