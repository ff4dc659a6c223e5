/** STUB (contract): replaced by the CSV helper. */
import type { AssessmentResponse } from '../questionnaire/response.ts';

/** A CSV of scores, one row per result and element, UTF-8 with a BOM, formula-like cells neutralised. */
export function scoresCsv(_responses: readonly AssessmentResponse[], _titles: (questionnaireId: string) => string): string {
  throw new Error('not built yet');
}
