/** The pulse's scores inside the weekly reflection: a section whose questions mostly did not come up says so, not "Incomplete". */
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { buildResponse, newDraft } from '../../domain/questionnaire/build-response.ts';
import { NOT_APPLICABLE } from '../../domain/questionnaire/response.ts';
import { useSession } from '../../state/session-store.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { fixtureAssessment } from '../../testing/fixture-questionnaires.ts';
import { PulseScores } from './pulse-scores.tsx';

describe('the pulse’s scores in the weekly reflection', () => {
  it('say a section had too few questions that applied, and score the others', async () => {
    await useSession.getState().start();
    const answers: Record<string, number | string> = {};
    for (const n of [1, 2, 3, 4, 5]) answers[`attending-${n}`] = 4;
    answers['attending-6'] = 2; // reverse-keyed: counts as 4
    for (const n of [1, 2]) answers[`helping-${n}`] = 4;
    for (const n of [3, 4, 5, 6]) answers[`helping-${n}`] = NOT_APPLICABLE;
    const completed = new Date('2026-11-19T18:00:00.000Z');
    const response = buildResponse(fixtureAssessment, { ...newDraft(fixtureAssessment, completed), answers }, 'pulse-1', completed);
    await saveCompletedResponse(useSession.getState().connection!, response);

    render(
      <MemoryRouter>
        <PulseScores responseId="pulse-1" carried={false} />
      </MemoryRouter>,
    );
    const bars = await screen.findByRole('figure', { name: 'This week’s pulse (0 to 100)' });
    // The fixture is not in the content registry, so sections are named by id.
    expect(within(bars).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['attending75 out of 100', 'helpingToo few applied']);
  });
});
