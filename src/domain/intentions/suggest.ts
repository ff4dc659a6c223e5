/**
 * What to offer as next week's intention after a result: a focus (the
 * largest presence gap, or else the lowest-scoring section, an element's
 * when the questionnaire is mostly about the elements) and the
 * practices suggested by the bands the scores fell in, the focus's first.
 */
import type { ElementId } from '../elements/element-ids.ts';
import { bandForScore } from '../scoring/bands.ts';
import type { ResponseScore, SectionScore } from '../scoring/score-response.ts';
import { largestGap } from '../scoring/score-response.ts';

export interface SuggestionSource {
  sections: ReadonlyArray<{
    id: string;
    element?: ElementId | undefined;
    bands?: ReadonlyArray<{ min: number; max: number; practices: ReadonlyArray<{ title: string; description: string }> }> | undefined;
  }>;
}

export interface IntentionSuggestion {
  elementId: ElementId | null;
  title: string;
  description: string;
}

export interface Suggestions {
  /** The section to focus on next week, if any stands out. */
  focus: SectionScore | undefined;
  practices: IntentionSuggestion[];
}

/** The most practices offered at once, so the choice stays a quick one. */
export const MAX_SUGGESTIONS = 6;

/** The lowest-scoring "mean" section; element sections are preferred when the questionnaire is about the elements. */
function lowestSection(score: ResponseScore): SectionScore | undefined {
  const means = score.sections.filter((s) => s.scoring === 'mean' && s.score !== null);
  const elementsOnly = means.filter((s) => s.elementId !== null);
  // When most scored sections are elements (pulse, self-assessment), focus on an element; otherwise on any section.
  const pool = elementsOnly.length * 2 > means.length ? elementsOnly : means;
  let lowest: SectionScore | undefined;
  for (const section of pool) if (!lowest || (section.score ?? Infinity) < (lowest.score ?? Infinity)) lowest = section;
  return lowest;
}

export function suggestIntentions(score: ResponseScore, content: SuggestionSource): Suggestions {
  const gap = largestGap(score);
  const focus = gap && (gap.score ?? 0) > 0 ? gap : lowestSection(score);
  const ordered = focus ? [focus, ...score.sections.filter((s) => s !== focus)] : score.sections;
  const practices: IntentionSuggestion[] = [];
  for (const section of ordered) {
    const bands = content.sections.find((s) => s.id === section.sectionId)?.bands;
    const band = bandForScore(bands, section.score);
    for (const practice of band?.practices ?? []) {
      if (practices.some((p) => p.title === practice.title)) continue;
      practices.push({ elementId: section.elementId, title: practice.title, description: practice.description });
    }
  }
  return { focus, practices: practices.slice(0, MAX_SUGGESTIONS) };
}
