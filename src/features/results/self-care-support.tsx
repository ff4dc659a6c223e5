/**
 * On a self-care check-in's own result: the support routes, whatever the
 * score, since caring for yourself includes knowing where to turn. Left out
 * when a band shown on the result already carries them (`signpost`), so
 * they never appear twice.
 */
import type { Questionnaire } from '../../content/questionnaire-schema.ts';
import { loadSupportRoutes } from '../../content/support-routes.ts';
import { bandForScore } from '../../domain/scoring/bands.ts';
import type { ResponseScore } from '../../domain/scoring/score-response.ts';
import { SupportRoutesPanel, useSupportRoutes } from '../../ui/support-routes.tsx';

export interface SelfCareSupportProps {
  questionnaire: Questionnaire;
  score: ResponseScore;
}

export function SelfCareSupport({ questionnaire, score }: SelfCareSupportProps) {
  const signposted = score.sections.some((section) => {
    const content = questionnaire.sections.find((s) => s.id === section.sectionId);
    return section.scoring !== 'none' && bandForScore(content?.bands, section.score)?.signpost === true;
  });
  const wanted = questionnaire.purpose === 'self-care' && !signposted;
  const routes = useSupportRoutes(loadSupportRoutes, wanted);
  return routes ? <SupportRoutesPanel routes={routes} headingLevel={2} /> : null;
}
