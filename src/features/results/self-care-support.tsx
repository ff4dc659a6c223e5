/**
 * On a self-care check-in's own result: the support routes, whatever the
 * score, since caring for yourself includes knowing where to turn. Left out
 * when a band shown on the result already carries them (`signpost`), so
 * they never appear twice.
 */
import type { Questionnaire } from '../../content/questionnaire-schema.ts';
import { loadSupportRoutes } from '../../content/support-routes.ts';
import type { ResponseScore } from '../../domain/scoring/score-response.ts';
import { SupportRoutesPanel, useSupportRoutes } from '../../ui/support-routes.tsx';
import { signpostedSections } from './signposts.ts';

export interface SelfCareSupportProps {
  questionnaire: Questionnaire;
  score: ResponseScore;
}

export function SelfCareSupport({ questionnaire, score }: SelfCareSupportProps) {
  const wanted = questionnaire.purpose === 'self-care' && signpostedSections(questionnaire, score).length === 0;
  const routes = useSupportRoutes(loadSupportRoutes, wanted);
  return routes ? <SupportRoutesPanel routes={routes} headingLevel={2} /> : null;
}
