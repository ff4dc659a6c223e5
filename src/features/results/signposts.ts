/**
 * Which sections of a result fall in a band that signposts support
 * (`signpost`), so the support routes are shown once on a result: under the
 * last of those sections, and not again beside it or beneath the self-care check-in.
 */
import type { Questionnaire } from '../../content/questionnaire-schema.ts';
import { bandForScore } from '../../domain/scoring/bands.ts';
import type { ResponseScore } from '../../domain/scoring/score-response.ts';

/** The ids of the result's sections whose band signposts support, in the order they are shown. */
export function signpostedSections(questionnaire: Pick<Questionnaire, 'sections'>, score: ResponseScore): string[] {
  return score.sections.flatMap((section) => {
    const content = questionnaire.sections.find((s) => s.id === section.sectionId);
    return section.scoring !== 'none' && bandForScore(content?.bands, section.score)?.signpost === true ? [section.sectionId] : [];
  });
}
