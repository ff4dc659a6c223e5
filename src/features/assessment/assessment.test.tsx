import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSession } from '../../state/session-store.ts';
import { getDraft, saveDraft } from '../../storage/repositories/drafts-repo.ts';
import { listResponses } from '../../storage/repositories/responses-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { answerStep, best, middle, scaleItems, selfAssessment } from '../../testing/self-assessment.ts';

const PATH = '/assess/compassionate-leadership';
const elementNames = selfAssessment.sections.map((e) => e.title);

function connection() {
  return useSession.getState().connection!;
}

async function next(user: ReturnType<typeof renderApp>['user'], stepIndex: number) {
  await user.click(screen.getByRole('button', { name: `Next: ${elementNames[stepIndex + 1]}` }));
  await screen.findByRole('heading', { level: 2, name: new RegExp(elementNames[stepIndex + 1]!) });
}

describe('answering the self-assessment', () => {
  it('shows one section at a time, each item its own radio group named by its text, with progress', async () => {
    renderApp(PATH);
    expect(await screen.findByRole('heading', { level: 2, name: 'Step 1 of 4: Attending' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Step 1 of 4' })).toHaveAttribute('aria-valuenow', '1');
    const groups = screen.getAllByRole('radiogroup');
    expect(groups).toHaveLength(scaleItems(selfAssessment, 0).length);
    for (const [index, item] of scaleItems(selfAssessment, 0).entries()) {
      expect(groups[index]).toHaveAccessibleName(item.text);
      // The options, then "does not apply" when the scale offers it.
      expect(within(groups[index]!).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual(
        [...selfAssessment.scale!.options.map((o) => o.label), ...(selfAssessment.scale!.notApplicable ? [selfAssessment.scale!.notApplicable] : [])],
      );
    }
    expect(screen.queryByRole('radiogroup', { name: scaleItems(selfAssessment, 1)[0]!.text })).not.toBeInTheDocument();
  });

  it('saves every answer to the draft at once', async () => {
    const { user } = renderApp(PATH);
    const item = scaleItems(selfAssessment, 0)[0]!;
    await screen.findByRole('heading', { level: 2, name: /Attending/ });
    await user.click(within(screen.getByRole('radiogroup', { name: item.text })).getByRole('radio', { name: 'Often' }));
    await waitFor(async () => expect((await getDraft(connection(), 'compassionate-leadership'))?.answers).toEqual({ [item.id]: 4 }));
    expect(screen.getByText(/1 of 32 answered/)).toBeInTheDocument();
  });

  it('ends with the stored draft equal to the screen after answers in quick succession', async () => {
    const { user } = renderApp(PATH);
    await screen.findByRole('heading', { level: 2, name: /Attending/ });
    await answerStep(user, 0, best);
    const expected = Object.fromEntries(scaleItems(selfAssessment, 0).map((item) => [item.id, item.reverse ? 1 : 5]));
    await waitFor(async () => expect((await getDraft(connection(), 'compassionate-leadership'))?.answers).toEqual(expected));
  });

  it('moves between steps with Next and Back, keeping answers', async () => {
    const { user } = renderApp(PATH);
    await screen.findByRole('heading', { level: 2, name: /Attending/ });
    await answerStep(user, 0, middle);
    await next(user, 0);
    expect(screen.getByRole('progressbar', { name: 'Step 2 of 4' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { level: 2, name: /Attending/ });
    const first = screen.getByRole('radiogroup', { name: scaleItems(selfAssessment, 0)[0]!.text });
    expect(within(first).getByRole('radio', { name: middle() })).toBeChecked();
  });
});

describe('resuming a draft', () => {
  async function seedDraft() {
    await useSession.getState().start();
    expect(useSession.getState().status).toBe('ready');
    const item = scaleItems(selfAssessment, 1)[0]!;
    await saveDraft(connection(), {
      questionnaireId: 'compassionate-leadership',
      questionnaireVersion: selfAssessment.version,
      startedAt: '2026-11-20T18:00:00.000Z',
      updatedAt: '2026-11-20T18:04:00.000Z',
      stepIndex: 1,
      answers: { [scaleItems(selfAssessment, 0)[0]!.id]: 5, [item.id]: 2 },
    });
    return item;
  }

  it('offers "resume or start again", and resumes exactly where the user was', async () => {
    const item = await seedDraft();
    const { user } = renderApp(PATH);
    expect(await screen.findByRole('heading', { name: 'Carry on where you left off?' })).toBeInTheDocument();
    expect(screen.getByText(/answered 2 of 32 questions/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Step 2 of 4: Understanding' })).toBeInTheDocument();
    expect(within(screen.getByRole('radiogroup', { name: item.text })).getByRole('radio', { name: 'Sometimes' })).toBeChecked();
  });

  it('starts again from an empty first step, clearing the draft', async () => {
    await seedDraft();
    const { user } = renderApp(PATH);
    await user.click(await screen.findByRole('button', { name: /Start again \(clears 2 answers\)/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Step 1 of 4: Attending' })).toBeInTheDocument();
    expect(screen.getAllByRole('radio').length).toBeGreaterThan(0);
    expect(screen.queryAllByRole('radio', { checked: true })).toHaveLength(0);
    expect(await getDraft(connection(), 'compassionate-leadership')).toBeUndefined();
  });
});

describe('submitting', () => {
  it('stores the response with questionnaire id and version, item ids and reverse flags, then shows the result', async () => {
    const { user } = renderApp(PATH);
    await screen.findByRole('heading', { level: 2, name: /Attending/ });
    for (let step = 0; step < 4; step++) {
      await answerStep(user, step, best);
      if (step < 3) await next(user, step);
    }
    await user.click(screen.getByRole('button', { name: 'See my results' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your result' })).toBeInTheDocument();

    const [saved] = (await listResponses(connection())).items;
    expect(saved).toMatchObject({ questionnaireId: 'compassionate-leadership', questionnaireVersion: selfAssessment.version });
    expect(saved!.items).toEqual(
      selfAssessment.sections.flatMap((e, index) =>
        scaleItems(selfAssessment, index).map((item) => ({
          kind: 'scale',
          itemId: item.id,
          sectionId: e.id,
          reverse: item.reverse,
          value: item.reverse ? 1 : 5,
        })),
      ),
    );
    expect(await getDraft(connection(), 'compassionate-leadership')).toBeUndefined();
  });

  it('explains incomplete sections before submitting, and still lets the user see results', async () => {
    const { user } = renderApp(PATH);
    await screen.findByRole('heading', { level: 2, name: /Attending/ });
    await answerStep(user, 0, middle);
    for (let step = 0; step < 3; step++) await next(user, step);
    expect(screen.getByText(/Understanding, Empathising, Helping: .*at least two thirds/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See my results' }));
    await screen.findByRole('heading', { level: 1, name: 'Your result' });
    expect(screen.getByRole('row', { name: /Understanding/ })).toHaveTextContent('Incomplete');
  });
});
