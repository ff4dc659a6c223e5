import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { selfAssessment } from '../../testing/self-assessment.ts';
import { SectionFeedback } from './section-feedback.tsx';

const helping = selfAssessment.sections.find((s) => s.id === 'helping')!;
const score = { sectionId: 'helping', elementId: 'helping' as const, scoring: 'mean' as const, answered: 6, total: 6, score: 50, aim: null, actual: null, complete: true };

describe('a section’s practices to try', () => {
  it('adds no full stop after a practice title that is a question', () => {
    render(<SectionFeedback section={helping} score={score} />);
    const list = screen.getByRole('list');
    expect(within(list).getByText('What is needed of me now?')).toBeInTheDocument();
    expect(list).not.toHaveTextContent('?.');
  });

  it('still ends a plain practice title with a full stop', () => {
    render(<SectionFeedback section={helping} score={score} />);
    const band = helping.bands!.find((b) => b.min === 38)!;
    const plain = band.practices.find((p) => !p.title.endsWith('?'))!;
    expect(screen.getByText(`${plain.title}.`)).toBeInTheDocument();
  });
});
