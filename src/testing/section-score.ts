/** A section's score for tests: a complete "mean" section, six of six rated, changed by `overrides`. */
import type { SectionScore } from '../domain/scoring/score-response.ts';

export function sectionScore(overrides: Partial<SectionScore> = {}): SectionScore {
  return {
    sectionId: 'helping',
    elementId: 'helping',
    scoring: 'mean',
    answered: 6,
    notApplicable: 0,
    total: 6,
    score: 75,
    aim: null,
    actual: null,
    complete: true,
    step: 100 / 24,
    ...overrides,
  };
}
