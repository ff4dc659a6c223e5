/**
 * The results feature's part in coaching: a result shown read-only to a
 * coach (the same findings, nothing to take, choose or edit), and the notes
 * a coach sent back shown beside the leader's own result. The kept notes
 * come from the storage helper, stood in for here.
 */
import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { Suspense } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CoachComment } from '../../domain/coaching/coaching-types.ts';
import { buildResponse, newDraft } from '../../domain/questionnaire/build-response.ts';
import type { AssessmentResponse } from '../../domain/questionnaire/response.ts';
import { useSession } from '../../state/session-store.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { scaleItems, selfAssessment } from '../../testing/self-assessment.ts';
import { ResultReadOnly } from './result-read-only.tsx';

const storage = vi.hoisted(() => ({ listCoachComments: vi.fn() }));
vi.mock('../../storage/sharing/coach-comments.ts', () => ({ listCoachComments: storage.listCoachComments }));

afterEach(() => storage.listCoachComments.mockReset());

/** A result whose keyed answers score 100, 75, 50 and 0 by element, with a note on the first element. */
function result(id: string, completedAt: string): AssessmentResponse {
  const answers: Record<string, number> = {};
  selfAssessment.sections.forEach((_section, index) => {
    const keyed = [5, 4, 3, 1][index]!;
    for (const item of scaleItems(selfAssessment, index)) answers[item.id] = item.reverse ? 6 - keyed : keyed;
  });
  const draft = { ...newDraft(selfAssessment, new Date(completedAt)), answers };
  const response = buildResponse(selfAssessment, draft, id, new Date(completedAt));
  return { ...response, notes: { [selfAssessment.sections[0]!.id]: 'I paused before answering at handover.' } };
}

describe('a result read-only, for a coach', () => {
  async function show() {
    const view = render(
      <MemoryRouter>
        <Suspense>
          <ResultReadOnly response={result('r1', '2026-11-10T10:00:00.000Z')} />
        </Suspense>
      </MemoryRouter>,
    );
    await screen.findByRole('figure', { name: 'Scores (0 to 100)' });
    return view;
  }

  it('shows the scores, each element’s feedback and the written answers', async () => {
    await show();
    expect(screen.getByText(/completed 10 November 2026\. Overall: 56 out of 100\./)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Scores/ });
    expect(within(table).getByRole('row', { name: /Understanding/ })).toHaveTextContent('Understanding757 of 7');
    const element = selfAssessment.sections[1]!;
    const band = element.bands!.find((b) => 75 >= b.min && 75 <= b.max)!;
    expect(screen.getByRole('region', { name: `${element.title}: ${band.label}` })).toHaveTextContent(band.feedback);
    const written = screen.getByRole('region', { name: 'What they wrote' });
    expect(within(written).getByText('I paused before answering at handover.')).toBeInTheDocument();
  });

  it('offers nothing to edit, take or choose, and no change since an earlier result', async () => {
    await show();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryAllByRole('radio')).toEqual([]);
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    const inApp = screen.queryAllByRole('link').filter((link) => link.getAttribute('href')?.startsWith('/'));
    expect(inApp).toEqual([]);
    expect(screen.queryByRole('columnheader', { name: /Change since/ })).not.toBeInTheDocument();
    expect(screen.queryByText('First result')).not.toBeInTheDocument();
  });

  it('has no axe violations (colour contrast is checked in the browser)', async () => {
    const { container } = await show();
    const found = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('a coach’s notes beside the leader’s own result', () => {
  const comment = (id: string, responseId: string | null, text: string, updatedAt: string): CoachComment => ({
    id,
    coachName: 'Alex Morgan',
    responseId,
    text,
    updatedAt,
    receivedAt: '2026-12-04T09:00:00.000Z',
  });

  async function seed() {
    await useSession.getState().start();
    const connection = useSession.getState().connection!;
    await saveCompletedResponse(connection, result('r1', '2026-11-10T10:00:00.000Z'));
    await saveCompletedResponse(connection, result('r2', '2026-11-17T10:00:00.000Z'));
  }

  it('lists the notes about this result, each with the coach’s name and date, and none about others', async () => {
    storage.listCoachComments.mockResolvedValue([
      comment('n1', 'r1', 'Your Helping score stands out: what was going on?', '2026-12-02T10:00:00.000Z'),
      comment('n2', 'r2', 'A note about the later result.', '2026-12-02T10:00:00.000Z'),
      comment('n3', null, 'A general note.', '2026-12-01T10:00:00.000Z'),
    ]);
    await seed();
    renderApp('/results/r1');
    const notes = await screen.findByRole('region', { name: "Your coach's notes" });
    expect(within(notes).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Your Helping score stands out: what was going on?From Alex Morgan, 2 December 2026',
    ]);
    expect(within(notes).queryAllByRole('textbox')).toEqual([]);
    expect(within(notes).queryAllByRole('button')).toEqual([]);
  });

  it('shows no section when the coach wrote nothing about this result', async () => {
    storage.listCoachComments.mockResolvedValue([comment('n2', 'r2', 'A note about the later result.', '2026-12-02T10:00:00.000Z')]);
    await seed();
    renderApp('/results/r1');
    await screen.findByRole('heading', { level: 1, name: 'Your result' });
    await vi.waitFor(() => expect(storage.listCoachComments).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByRole('region', { name: "Your coach's notes" })).not.toBeInTheDocument();
    expect(screen.queryByText('A note about the later result.')).not.toBeInTheDocument();
  });
});
