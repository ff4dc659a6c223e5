/**
 * The printable report's shape: every completed result with its score rows
 * (score-rows.ts), grouped by questionnaire, newest result first within a
 * group, and the groups ordered by their newest result (the questionnaire
 * used most recently first).
 */
import type { AssessmentResponse } from '../questionnaire/response.ts';
import type { LabelsOf, ScoreRow } from './score-rows.ts';
import { scoreRowsOf } from './score-rows.ts';

export interface ReportResult {
  response: AssessmentResponse;
  /** Empty for a result with no scored section (a written reflection). */
  rows: ScoreRow[];
}

export interface ReportGroup {
  questionnaireId: string;
  results: ReportResult[];
}

const newestFirst = (a: AssessmentResponse, b: AssessmentResponse) => b.completedAt.localeCompare(a.completedAt) || b.id.localeCompare(a.id);

export function buildReport(responses: readonly AssessmentResponse[], labelsOf: LabelsOf): ReportGroup[] {
  const groups = new Map<string, ReportResult[]>();
  for (const response of [...responses].sort(newestFirst)) {
    const rows = scoreRowsOf(response, labelsOf(response.questionnaireId, response.questionnaireVersion));
    const group = groups.get(response.questionnaireId);
    if (group) group.push({ response, rows });
    else groups.set(response.questionnaireId, [{ response, rows }]);
  }
  // Map keeps insertion order, and each group was inserted at its newest result.
  return [...groups].map(([questionnaireId, results]) => ({ questionnaireId, results }));
}
