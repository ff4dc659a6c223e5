import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SupportRoutes } from '../../content/support-schema.ts';
import type { SectionScore } from '../../domain/scoring/score-response.ts';
import { fixtureAssessment, fixturePresence } from '../../testing/fixture-questionnaires.ts';
import { sectionScore } from '../../testing/section-score.ts';
import { selfAssessment } from '../../testing/self-assessment.ts';
import { SectionFeedback } from './section-feedback.tsx';

const supportRoutes = JSON.parse(readFileSync('content/support/support-routes.json', 'utf8')) as SupportRoutes;

const helping = selfAssessment.sections.find((s) => s.id === 'helping')!;
const middleBand = helping.bands!.find((b) => b.min <= 50 && b.max >= 50)!;
const score = sectionScore({ score: 50 });

describe('a section’s practices to try', () => {
  it('adds no full stop after a practice title that is a question', () => {
    render(<SectionFeedback section={helping} score={score} />);
    const list = screen.getByRole('list');
    expect(within(list).getByText('What is needed of me now?')).toBeInTheDocument();
    expect(list).not.toHaveTextContent('?.');
  });

  it('still ends a plain practice title with a full stop', () => {
    render(<SectionFeedback section={helping} score={score} />);
    const plain = middleBand.practices.find((p) => !p.title.endsWith('?'))!;
    expect(screen.getByText(`${plain.title}.`)).toBeInTheDocument();
  });
});

const attending = fixtureAssessment.sections[0]!;
const label = fixtureAssessment.scale!.notApplicable!;
const mean = (overrides: Partial<SectionScore>): SectionScore => ({ ...score, sectionId: 'attending', elementId: 'attending', ...overrides });

describe('what a score rests on', () => {
  it('says how many questions were rated and how many did not apply, in the questionnaire’s words', () => {
    render(<SectionFeedback section={attending} score={mean({ answered: 4, notApplicable: 2, score: 75, step: 6.25 })} notApplicableLabel={label} />);
    const feedback = screen.getByRole('region', { name: 'Attending: Often' });
    expect(feedback).toHaveTextContent('Based on 4 of 6 questions; 2 answered “Does not apply to my role”.');
  });

  it('says nothing of the kind when every question was rated', () => {
    render(<SectionFeedback section={attending} score={mean({ score: 75 })} notApplicableLabel={label} />);
    expect(screen.getByRole('region', { name: 'Attending: Often' })).not.toHaveTextContent(/Based on/);
  });

  it('says too few applied, instead of a score, when answering the rest would not be enough', () => {
    render(
      <SectionFeedback
        section={attending}
        score={mean({ answered: 2, notApplicable: 4, score: null, complete: false, step: null })}
        notApplicableLabel={label}
      />,
    );
    const feedback = screen.getByRole('region', { name: 'Attending: too few questions applied to score' });
    expect(feedback).toHaveTextContent(
      'You rated 2 of 6 questions here, and answered “Does not apply to my role” to 4. Too few of these questions applied to give a fair score',
    );
    expect(within(feedback).queryByRole('heading', { name: 'Practices to try' })).not.toBeInTheDocument();
  });
});

describe('too few applied, by the questionnaire’s purpose', () => {
  const tooFew = mean({ answered: 2, notApplicable: 4, score: null, complete: false, step: null });

  it('says it says nothing about how you lead, on a leadership result', () => {
    render(<SectionFeedback section={attending} score={tooFew} notApplicableLabel={label} purpose="assessment" />);
    expect(screen.getByRole('region', { name: 'Attending: too few questions applied to score' })).toHaveTextContent(
      'That says nothing about how you lead.',
    );
  });

  it('does not speak of how you lead on the self-care check-in’s result', () => {
    render(<SectionFeedback section={attending} score={tooFew} notApplicableLabel="Did not come up this week" purpose="self-care" />);
    const feedback = screen.getByRole('region', { name: 'Attending: too few questions applied to score' });
    expect(feedback).toHaveTextContent('so this section is not scored this time.');
    expect(feedback).not.toHaveTextContent(/how you lead/);
  });
});

describe('a score near a band edge', () => {
  it('says when one answer a step higher would move it into the next band', () => {
    render(<SectionFeedback section={attending} score={mean({ score: 61 })} />);
    expect(screen.getByRole('region', { name: 'Attending: About half the time' })).toHaveTextContent(
      '61 is near the edge of “Often”: one answer a step higher would move it there.',
    );
  });

  it('says when one answer a step lower would move it into the band below', () => {
    render(<SectionFeedback section={attending} score={mean({ score: 64 })} />);
    expect(screen.getByRole('region', { name: 'Attending: Often' })).toHaveTextContent(
      '64 is near the edge of “About half the time”: one answer a step lower would move it there.',
    );
  });

  it('says nothing in the middle of a band', () => {
    render(<SectionFeedback section={attending} score={mean({ score: 75 })} />);
    expect(screen.getByRole('region', { name: 'Attending: Often' })).not.toHaveTextContent(/near the edge/);
  });

  it('words a gap near the edge by how far it is from the aim', () => {
    const gap = fixturePresence.sections[0]!;
    const pairs: SectionScore = { ...score, sectionId: gap.id, scoring: 'gap', answered: 2, total: 2, score: 10, aim: 85, actual: 75, step: 12.5 };
    render(<SectionFeedback section={gap} score={pairs} />);
    expect(screen.getByRole('region', { name: 'Attending: Close to your aim' })).toHaveTextContent(
      'A gap of 10 points is near the edge of “Some distance”: one rating a step further from your aim would move it there.',
    );
  });

  it('says nothing of an edge for a gap ahead of the aim that a step does not take past the lowest band (−13, 2 pairs)', () => {
    const gap = fixturePresence.sections[0]!;
    const ahead: SectionScore = {
      ...score,
      sectionId: gap.id,
      scoring: 'gap',
      answered: 2,
      total: 3,
      score: -13,
      aim: 50,
      actual: 63,
      step: 12.5,
      exact: { score: -12.5, aim: 50, actual: 62.5 },
    };
    render(<SectionFeedback section={gap} score={ahead} />);
    expect(screen.getByRole('region', { name: 'Attending: Close to your aim' })).not.toHaveTextContent(/near the edge/);
  });

  it('words a gap ahead of the aim as leading ahead of it, when a step would take it past the lowest band', () => {
    const gap = fixturePresence.sections[0]!;
    const ahead: SectionScore = { ...score, sectionId: gap.id, scoring: 'gap', answered: 1, total: 1, score: -12, aim: null, actual: null, step: 25 };
    render(<SectionFeedback section={gap} score={ahead} />);
    expect(screen.getByRole('region', { name: 'Attending: Close to your aim' })).toHaveTextContent(
      'You led 12 points ahead of your aim, near the edge of “Some distance”: one rating a step lower would move it there.',
    );
  });
});

describe('a band that signposts support', () => {
  it('shows the support routes under its feedback, as plain text with no links', async () => {
    render(<SectionFeedback section={attending} score={mean({ score: 20 })} />);
    const feedback = screen.getByRole('region', { name: 'Attending: Less than half the time' });
    const routes = await within(feedback).findByRole('region', { name: supportRoutes.title });
    for (const route of supportRoutes.routes) expect(routes).toHaveTextContent(route.name);
    expect(within(routes).queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows no routes under a band that does not signpost them', () => {
    render(<SectionFeedback section={attending} score={mean({ score: 75 })} />);
    expect(screen.queryByRole('region', { name: supportRoutes.title })).not.toBeInTheDocument();
  });
});
