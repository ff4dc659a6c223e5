/**
 * How far a draft has got through a section, for the "not answered enough to
 * score" notice before submitting: the same two-thirds rule as scoring, over
 * the section's scored items (scale items, or complete pairs).
 */
import { isElementComplete } from '../scoring/score-response.ts';
import type { DraftAnswer, ScoringMethod } from './response.ts';

export interface ProgressSection {
  scoring: ScoringMethod;
  items: ReadonlyArray<{ type: string; id: string }>;
}

function counts(section: ProgressSection, answers: Record<string, DraftAnswer>): { answered: number; total: number } {
  if (section.scoring === 'mean') {
    const scale = section.items.filter((item) => item.type === 'scale');
    return { answered: scale.filter((item) => typeof answers[item.id] === 'number').length, total: scale.length };
  }
  if (section.scoring === 'gap') {
    const pairs = section.items.filter((item) => item.type === 'paired');
    const both = pairs.filter((item) => {
      const answer = answers[item.id];
      return typeof answer === 'object' && answer.aim !== undefined && answer.actual !== undefined;
    });
    return { answered: both.length, total: pairs.length };
  }
  return { answered: 0, total: 0 };
}

/** Whether a scored section has enough answers to be scored; unscored sections always pass. */
export function isSectionScorable(section: ProgressSection, answers: Record<string, DraftAnswer>): boolean {
  if (section.scoring === 'none') return true;
  const { answered, total } = counts(section, answers);
  return isElementComplete(answered, total);
}
