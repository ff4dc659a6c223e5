/**
 * The scores of completed results as plain rows, for the CSV of scores and
 * the printable report: one row per scored section of a result (with its
 * element, band, and for a presence check the aim, actual and gap), then
 * one for the overall score when the questionnaire asks for one. Figures
 * are exactly those the results screen shows (scoreResponse's rounding, the
 * band of the version the result was answered with); unscored sections
 * ("none": written answers and choices) give no row, and nothing written is
 * carried.
 */
import { ELEMENT_NAMES } from '../elements/element-ids.ts';
import type { AssessmentResponse } from '../questionnaire/response.ts';
import { bandForScore } from '../scoring/bands.ts';
import { noScoreText, scoreResponse } from '../scoring/score-response.ts';

export interface BandLabel {
  min: number;
  max: number;
  label: string;
}

/** What a row needs from one version of a questionnaire (a content Questionnaire fits). */
export interface VersionLabels {
  title: string;
  sections: ReadonlyArray<{ id: string; title: string; bands?: readonly BandLabel[] }>;
}

/** The labels of a questionnaire version, or undefined when that version's wording is not available. */
export type LabelsOf = (questionnaireId: string, version: number) => VersionLabels | undefined;

export type NotScoredReason = 'Incomplete' | 'Too few applied' | 'Some sections were not scored';

export interface ScoreRow {
  responseId: string;
  completedAt: string;
  questionnaireId: string;
  questionnaireTitle: string;
  questionnaireVersion: number;
  /** Null on the overall row. */
  sectionId: string | null;
  /** The section's title in that version ("Overall" on the overall row; the section id when the wording is not available). */
  section: string;
  /** The element's name, e.g. "Attending"; null for a section about no element and on the overall row. */
  element: string | null;
  kind: 'mean' | 'gap' | 'overall';
  /** 0–100, for a "mean" section and the overall score; null when not scored and on a gap row. */
  score: number | null;
  /** A "gap" section's aim and actual (0–100 each) and their difference in points (negative when the leader did better than they aimed). */
  aim: number | null;
  actual: number | null;
  gap: number | null;
  band: string | null;
  /** Items rated (pairs rated on both sides) and items in the section; null on the overall row. */
  answered: number | null;
  total: number | null;
  notScored: NotScoredReason | null;
}

/** The rows of one result, in the order its sections were presented, the overall last. */
export function scoreRowsOf(response: AssessmentResponse, labels: VersionLabels | undefined): ScoreRow[] {
  const score = scoreResponse(response);
  const base = {
    responseId: response.id,
    completedAt: response.completedAt,
    questionnaireId: response.questionnaireId,
    questionnaireTitle: labels?.title ?? response.questionnaireId,
    questionnaireVersion: response.questionnaireVersion,
  };
  const rows: ScoreRow[] = [];
  for (const section of score.sections) {
    if (section.scoring === 'none') continue;
    const content = labels?.sections.find((s) => s.id === section.sectionId);
    const isGap = section.scoring === 'gap';
    rows.push({
      ...base,
      sectionId: section.sectionId,
      section: content?.title ?? section.sectionId,
      element: section.elementId ? ELEMENT_NAMES[section.elementId] : null,
      kind: isGap ? 'gap' : 'mean',
      score: isGap ? null : section.score,
      aim: isGap ? section.aim : null,
      actual: isGap ? section.actual : null,
      gap: isGap ? section.score : null,
      band: bandForScore(content?.bands, section.score)?.label ?? null,
      answered: section.answered,
      total: section.total,
      notScored: section.score === null ? noScoreText(section) : null,
    });
  }
  if (response.overall === 'mean-of-elements') {
    rows.push({
      ...base,
      sectionId: null,
      section: 'Overall',
      element: null,
      kind: 'overall',
      score: score.overall,
      aim: null,
      actual: null,
      gap: null,
      band: null,
      answered: null,
      total: null,
      notScored: score.overall === null ? 'Some sections were not scored' : null,
    });
  }
  return rows;
}
