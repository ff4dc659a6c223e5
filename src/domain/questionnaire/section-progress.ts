/**
 * How far a draft has got through a section, for the "not answered enough to
 * score" notice before submitting: the same rule as scoring, over the
 * section's scored items (scale items, or complete pairs). A scale item
 * answered "does not apply" is answered but not rated.
 */
import { hasEnoughRatings, isElementComplete } from '../scoring/score-response.ts';
import type { DraftAnswer, ScoringMethod } from './response.ts';
import { NOT_APPLICABLE } from './response.ts';

export interface ProgressSection {
  scoring: ScoringMethod;
  items: ReadonlyArray<{ type: string; id: string }>;
  /** False when the section does not offer "does not apply": such an answer then counts as a skip. */
  offersNotApplicable?: boolean | undefined;
}

function counts(section: ProgressSection, answers: Record<string, DraftAnswer>): { answered: number; notApplicable: number; total: number } {
  if (section.scoring === 'mean') {
    const scale = section.items.filter((item) => item.type === 'scale');
    return {
      answered: scale.filter((item) => typeof answers[item.id] === 'number').length,
      notApplicable: section.offersNotApplicable === false ? 0 : scale.filter((item) => answers[item.id] === NOT_APPLICABLE).length,
      total: scale.length,
    };
  }
  if (section.scoring === 'gap') {
    const pairs = section.items.filter((item) => item.type === 'paired');
    const both = pairs.filter((item) => {
      const answer = answers[item.id];
      return typeof answer === 'object' && answer.aim !== undefined && answer.actual !== undefined;
    });
    return { answered: both.length, notApplicable: 0, total: pairs.length };
  }
  return { answered: 0, notApplicable: 0, total: 0 };
}

/** Whether a scored section has enough answers to be scored; unscored sections always pass. */
export function isSectionScorable(section: ProgressSection, answers: Record<string, DraftAnswer>): boolean {
  if (section.scoring === 'none') return true;
  const { answered, notApplicable, total } = counts(section, answers);
  return notApplicable > 0 ? hasEnoughRatings(answered, notApplicable, total) : isElementComplete(answered, total);
}

/**
 * Why a section cannot be scored yet: too few of its items apply (answering
 * the rest would not be enough), or too few are answered; null when it can.
 */
export function sectionShortfall(section: ProgressSection, answers: Record<string, DraftAnswer>): 'too-few-apply' | 'too-few-answered' | null {
  if (isSectionScorable(section, answers)) return null;
  const { notApplicable, total } = counts(section, answers);
  return notApplicable > 0 && !hasEnoughRatings(total - notApplicable, notApplicable, total) ? 'too-few-apply' : 'too-few-answered';
}
