/**
 * The "resume or start again" choice says truly what starting again clears:
 * the answers, and aims opened to change (a draft is saved as soon as they are
 * opened, before anything is answered).
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AssessmentDraft } from '../../domain/questionnaire/response.ts';
import { ResumeChoice } from './resume-choice.tsx';

const base: AssessmentDraft = {
  questionnaireId: 'presence-check',
  questionnaireVersion: 2,
  startedAt: '2026-11-19T18:00:00.000Z',
  updatedAt: '2026-11-19T18:05:00.000Z',
  stepIndex: 0,
  answers: { 'p1': { aim: 5 }, 'p2': { aim: 4 } },
  notes: {},
  carriedAims: { from: '2026-11-12T18:00:00.000Z', changing: [], items: ['p1', 'p2'] },
};

function show(draft: AssessmentDraft) {
  render(<ResumeChoice draft={draft} total={4} onResume={vi.fn()} onStartAgain={vi.fn()} readOnly={false} />);
}

describe('the choice to resume or start again', () => {
  it('says that starting again clears aims opened to change, when nothing is answered yet', () => {
    show({ ...base, carriedAims: { ...base.carriedAims!, changing: ['presence-attending'] } });
    expect(screen.getByText(/answered 0 of 4 questions, and opened your aims to change them\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start again (clears any changes to your aims)' })).toBeInTheDocument();
  });

  it('names both the answers and the opened aims when there are both', () => {
    show({ ...base, answers: { ...base.answers, p1: { aim: 3, actual: 4 } }, carriedAims: { ...base.carriedAims!, changing: ['presence-attending'] } });
    expect(screen.getByRole('button', { name: 'Start again (clears 1 answer and any changes to your aims)' })).toBeInTheDocument();
  });

  it('counts only the answers when no aims were opened', () => {
    show({ ...base, answers: { ...base.answers, p1: { aim: 5, actual: 4 } } });
    expect(screen.getByText(/answered 1 of 4 questions\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start again (clears 1 answer)' })).toBeInTheDocument();
  });
});
