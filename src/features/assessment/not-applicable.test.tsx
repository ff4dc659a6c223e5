/**
 * "Does not apply", end to end on a fixture questionnaire whose scale offers
 * it: one more radio in each item's group, saved distinctly in the draft,
 * counted as answered, recorded on the stored item, and on the result the
 * score says what it rests on, or that too few questions applied.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type * as Registry from '../../content/questionnaires.ts';
import { NOT_APPLICABLE } from '../../domain/questionnaire/response.ts';
import { useSession } from '../../state/session-store.ts';
import { getDraft } from '../../storage/repositories/drafts-repo.ts';
import { listResponses } from '../../storage/repositories/responses-repo.ts';
import { fixtureAssessment } from '../../testing/fixture-questionnaires.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { SectionStep } from './section-step.tsx';

vi.mock('../../content/questionnaires.ts', async (importOriginal) => {
  const { createRegistry } = await importOriginal<typeof Registry>();
  const { fixtureAssessment: fixture } = await import('../../testing/fixture-questionnaires.ts');
  return createRegistry({ '/content/questionnaires/fixture-assessment.json': async () => fixture }, {});
});

const label = fixtureAssessment.scale!.notApplicable!;
const options = fixtureAssessment.scale!.options.map((o) => o.label);
const connection = () => useSession.getState().connection!;
const group = (itemId: string) => {
  const item = fixtureAssessment.sections.flatMap((s) => s.items).find((i) => i.id === itemId)!;
  return screen.getByRole('radiogroup', { name: item.text });
};

describe('a scale that offers “does not apply”', () => {
  it('offers it as one more radio after the options in each item’s group, and saves it as answered', async () => {
    const { user } = renderApp('/assess/fixture-assessment');
    await screen.findByRole('heading', { level: 2, name: /Attending/ });
    for (const item of fixtureAssessment.sections[0]!.items) {
      const radios = within(screen.getByRole('radiogroup', { name: item.text })).getAllByRole('radio');
      expect(radios.map((r) => r.closest('label')?.textContent)).toEqual([...options, label]);
    }
    await user.click(within(group('attending-1')).getByRole('radio', { name: label }));
    await waitFor(async () => expect((await getDraft(connection(), 'fixture-assessment'))?.answers).toEqual({ 'attending-1': NOT_APPLICABLE }));
    expect(screen.getByText(/1 of 12 answered/)).toBeInTheDocument();
    expect(within(group('attending-1')).getByRole('radio', { name: label })).toBeChecked();
  });

  it('is reached from the ratings with the arrow keys, like the other answers', async () => {
    const { user } = renderApp('/assess/fixture-assessment');
    await screen.findByRole('heading', { level: 2, name: /Attending/ });
    await user.click(within(group('attending-2')).getByRole('radio', { name: options.at(-1)! }));
    await user.keyboard('{ArrowDown}');
    expect(within(group('attending-2')).getByRole('radio', { name: label })).toBeChecked();
  });

  it('scores on the questions that apply, says so on the result, and says when too few applied', async () => {
    const { user } = renderApp('/assess/fixture-assessment');
    await screen.findByRole('heading', { level: 2, name: /Attending/ });
    // Attending: four rated "Often", two not applying → 75 on 4 of 6.
    for (const n of [1, 2, 3, 4]) await user.click(within(group(`attending-${n}`)).getByRole('radio', { name: 'Often' }));
    for (const n of [5, 6]) await user.click(within(group(`attending-${n}`)).getByRole('radio', { name: label }));
    await user.click(screen.getByRole('button', { name: 'Next: Helping' }));
    await screen.findByRole('heading', { level: 2, name: /Helping/ });
    // Helping: two rated, four not applying → below half of all, so too few applied.
    for (const n of [1, 2]) await user.click(within(group(`helping-${n}`)).getByRole('radio', { name: 'Often' }));
    for (const n of [3, 4, 5, 6]) await user.click(within(group(`helping-${n}`)).getByRole('radio', { name: label }));
    expect(screen.getByText(/12 of 12 answered/)).toBeInTheDocument();
    expect(screen.getByText(/In Helping, too few questions apply to give a fair score/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'See my results' }));
    const attending = await screen.findByRole('region', { name: 'Attending: Often' });
    expect(attending).toHaveTextContent(`Based on 4 of 6 questions; 2 answered “${label}”.`);
    const helping = screen.getByRole('region', { name: 'Helping: too few questions applied to score' });
    expect(helping).toHaveTextContent(`You rated 2 of 6 questions here, and answered “${label}” to 4.`);
    const bars = screen.getByRole('figure', { name: 'Your scores (0 to 100)' });
    expect(within(bars).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Attending75 out of 100', 'HelpingToo few applied']);
    const table = screen.getByRole('table', { name: /Scores/ });
    expect(within(table).getByRole('row', { name: /Attending/ })).toHaveTextContent('4 of 6 (2 did not apply)');

    const [saved] = (await listResponses(connection())).items;
    expect(saved!.items.find((i) => i.itemId === 'attending-5')).toEqual({
      kind: 'scale',
      itemId: 'attending-5',
      sectionId: 'attending',
      reverse: false,
      value: null,
      notApplicable: true,
    });
  });
});

describe('a section that does not offer “does not apply”', () => {
  it('offers only the ratings, though the scale has the answer (the pulse’s energy items)', () => {
    const optedOut = { ...fixtureAssessment.sections[1]!, offersNotApplicable: false };
    const questionnaire = { ...fixtureAssessment, sections: [fixtureAssessment.sections[0]!, optedOut] };
    const handlers = { onScale: vi.fn(), onPaired: vi.fn(), onChoice: vi.fn(), onText: vi.fn(), onNote: vi.fn(), onChangeAims: vi.fn() };
    render(
      <SectionStep
        questionnaire={questionnaire}
        section={optedOut}
        step={{ number: 2, count: 2 }}
        answers={{ 'helping-1': NOT_APPLICABLE }}
        note=""
        handlers={handlers}
        readOnly={false}
        headingRef={createRef()}
      />,
    );
    for (const item of optedOut.items) {
      const radios = within(screen.getByRole('radiogroup', { name: item.text })).getAllByRole('radio');
      expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(options);
    }
    expect(screen.queryByRole('radio', { name: label })).not.toBeInTheDocument();
    // A stray "does not apply" in the draft shows as no answer.
    expect(within(screen.getByRole('radiogroup', { name: optedOut.items[0]!.text })).getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
  });
});
