/**
 * A questionnaire's history as a trend: each result's section scores in
 * date order, with the points where the questionnaire's version changed
 * marked, so a reader never compares across a change of wording unawares.
 */
import type { AssessmentResponse } from '../questionnaire/response.ts';
import type { ResponseScore } from './score-response.ts';
import { scoreResponse } from './score-response.ts';

export interface TrendPoint {
  responseId: string;
  completedAt: string;
  version: number;
  score: ResponseScore;
  /** The version of the result before this one, when it differs (a boundary); otherwise null. */
  changedFrom: number | null;
}

/** Builds the trend of one questionnaire's responses, oldest first, whatever order they are given in. */
export function buildTrend(responses: readonly AssessmentResponse[]): TrendPoint[] {
  const sorted = [...responses].sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  return sorted.map((response, index) => {
    const before = sorted[index - 1];
    return {
      responseId: response.id,
      completedAt: response.completedAt,
      version: response.questionnaireVersion,
      score: scoreResponse(response),
      changedFrom: before && before.questionnaireVersion !== response.questionnaireVersion ? before.questionnaireVersion : null,
    };
  });
}
