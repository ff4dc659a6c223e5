/**
 * A profile's results turned into what the dashboard reads: for each
 * response of the three instruments Progress draws, its local date, version,
 * segment (segments.ts) and the unrounded scores of its complete sections.
 *
 * - An element's score is the unrounded score of its complete "mean"
 *   section (the first, should a questionnaire have two for one element).
 * - The overall score exists when scoreResponse gives one (every element
 *   section complete); it is the mean of the four unrounded element scores,
 *   which is ResponseScore.overall before rounding. The weekly pulse is a
 *   "mean-of-elements" questionnaire, so it has one too (its energy section
 *   has no element and counts for nothing here).
 * - A presence check's gap per element is its complete "gap" section's
 *   unrounded aim and actual, and aim − actual.
 * - Incomplete sections count for nothing; a result with nothing scored is left out.
 *
 * Decisions are made on these unrounded values; views round for display.
 */
import type { ElementId } from '../elements/element-ids.ts';
import { ELEMENT_IDS } from '../elements/element-ids.ts';
import type { AssessmentResponse } from '../questionnaire/response.ts';
import type { VersionChange } from '../questionnaire/version-boundaries.ts';
import { scoreResponse } from '../scoring/score-response.ts';
import { toLocalDate } from './local-dates.ts';
import type { GapValue, SeriesId } from './progress-types.ts';
import { segmentNumbers } from './segments.ts';

/** Plain code-unit order (ISO instants sort as text; localeCompare is slower and locale-bound). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const SERIES_IDS: readonly SeriesId[] = [...ELEMENT_IDS, 'overall'];

export interface ScoredResult {
  responseId: string;
  questionnaireId: string;
  version: number;
  completedAt: string;
  /** Local date of completedAt. */
  date: string;
  segment: number;
  /** Unrounded 0–100 scores; null where the section is missing or incomplete. */
  values: Record<SeriesId, number | null>;
  /** Unrounded presence gaps; null where the section is missing or incomplete (all null outside the presence check). */
  gaps: Record<ElementId, GapValue | null>;
}

function emptyValues(): Record<SeriesId, number | null> {
  return { attending: null, understanding: null, empathising: null, helping: null, overall: null };
}

function emptyGaps(): Record<ElementId, GapValue | null> {
  return { attending: null, understanding: null, empathising: null, helping: null };
}

/**
 * Scores by response object: the screen builds the view again for each
 * range and each "then" picked, from the same records, and scoring a decade
 * of results is most of the work. Responses are never changed in place.
 */
const scoreCache = new WeakMap<AssessmentResponse, Pick<ScoredResult, 'values' | 'gaps'>>();
/** Local dates by response object and time zone, for the same reason. */
const dateCache = new WeakMap<AssessmentResponse, { timeZone: string; date: string }>();

function scoreOne(response: AssessmentResponse): Pick<ScoredResult, 'values' | 'gaps'> {
  const cached = scoreCache.get(response);
  if (cached) return cached;
  const result = scoreFresh(response);
  scoreCache.set(response, result);
  return result;
}

function dateOf(response: AssessmentResponse, timeZone: string): string {
  const cached = dateCache.get(response);
  if (cached?.timeZone === timeZone) return cached.date;
  const date = toLocalDate(response.completedAt, timeZone);
  dateCache.set(response, { timeZone, date });
  return date;
}

function scoreFresh(response: AssessmentResponse): Pick<ScoredResult, 'values' | 'gaps'> {
  const score = scoreResponse(response);
  const values = emptyValues();
  const gaps = emptyGaps();
  for (const section of score.sections) {
    if (section.elementId === null || !section.complete || section.score === null) continue;
    if (section.scoring === 'mean' && values[section.elementId] === null) {
      values[section.elementId] = section.exact?.score ?? section.score;
    }
    if (section.scoring === 'gap' && gaps[section.elementId] === null && section.aim !== null && section.actual !== null) {
      const aim = section.exact?.aim ?? section.aim;
      const actual = section.exact?.actual ?? section.actual;
      gaps[section.elementId] = { aim, actual, gap: aim - actual };
    }
  }
  if (score.overall !== null) {
    const four = ELEMENT_IDS.map((id) => values[id]);
    values.overall = four.every((v) => v !== null) ? four.reduce<number>((sum, v) => sum + (v ?? 0), 0) / four.length : score.overall;
  }
  return { values, gaps };
}

function hasAnything(result: Pick<ScoredResult, 'values' | 'gaps'>): boolean {
  return SERIES_IDS.some((id) => result.values[id] !== null) || ELEMENT_IDS.some((id) => result.gaps[id] !== null);
}

/**
 * One questionnaire's results, oldest first (by completedAt, then id), each
 * scored, dated in `timeZone` and given its segment.
 */
export function scoredResults(
  responses: readonly AssessmentResponse[],
  questionnaireId: string,
  timeZone: string,
  notes: readonly VersionChange[] | undefined,
): ScoredResult[] {
  const own = responses
    .filter((r) => r.questionnaireId === questionnaireId)
    .sort((a, b) => compareText(a.completedAt, b.completedAt) || compareText(a.id, b.id));
  const scored: ScoredResult[] = [];
  for (const response of own) {
    const result = scoreOne(response);
    if (!hasAnything(result)) continue;
    scored.push({
      responseId: response.id,
      questionnaireId,
      version: response.questionnaireVersion,
      completedAt: response.completedAt,
      date: dateOf(response, timeZone),
      segment: 0,
      values: result.values,
      gaps: result.gaps,
    });
  }
  const segments = segmentNumbers(scored, notes);
  scored.forEach((result, index) => {
    result.segment = segments[index] ?? 0;
  });
  return scored;
}
