/**
 * The wording of every questionnaire version a set of results was answered
 * with, loaded once each, for the CSV and the report: titles, section titles
 * and bands (and, for the report, the questions of written answers). A
 * version whose wording cannot be loaded is named by the catalogue's title,
 * or its id, with no section titles or bands.
 */
import { catalogue } from '../../content/catalogue.ts';
import type { Questionnaire } from '../../content/questionnaire-schema.ts';
import { loadQuestionnaireVersion } from '../../content/questionnaires.ts';
import type { LabelsOf, VersionLabels } from '../../domain/export/score-rows.ts';
import type { AssessmentResponse } from '../../domain/questionnaire/response.ts';

export interface QuestionnaireVersions {
  /** The questionnaire version a result was answered with, or null when its wording is not available. */
  questionnaireOf(response: Pick<AssessmentResponse, 'questionnaireId' | 'questionnaireVersion'>): Questionnaire | null;
  labelsOf: LabelsOf;
  /** The questionnaire's title as the app lists it now. */
  titleOf(questionnaireId: string): string;
}

const keyOf = (id: string, version: number) => `${id}@${version}`;

export function titleOf(questionnaireId: string): string {
  return catalogue.find((entry) => entry.id === questionnaireId)?.title ?? questionnaireId;
}

/** Loads each distinct version once. Never throws: a version that fails to load is treated as unavailable. */
export async function loadQuestionnaireVersions(responses: readonly AssessmentResponse[]): Promise<QuestionnaireVersions> {
  const wanted = new Map<string, { id: string; version: number }>();
  for (const r of responses) wanted.set(keyOf(r.questionnaireId, r.questionnaireVersion), { id: r.questionnaireId, version: r.questionnaireVersion });
  const loaded = new Map<string, Questionnaire | null>();
  await Promise.all(
    [...wanted].map(async ([key, { id, version }]) => {
      loaded.set(key, (await loadQuestionnaireVersion(id, version).catch(() => undefined)) ?? null);
    }),
  );
  const questionnaireOf = (r: Pick<AssessmentResponse, 'questionnaireId' | 'questionnaireVersion'>) =>
    loaded.get(keyOf(r.questionnaireId, r.questionnaireVersion)) ?? null;
  const labelsOf: LabelsOf = (id, version): VersionLabels =>
    loaded.get(keyOf(id, version)) ?? { title: titleOf(id), sections: [] };
  return { questionnaireOf, labelsOf, titleOf };
}
