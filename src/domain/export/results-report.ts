/**
 * The printable report's shape: every completed result with its score rows
 * (score-rows.ts), grouped by questionnaire, newest result first within a
 * group, and the groups ordered by their newest result (the questionnaire
 * used most recently first). Each group is one table: a row per result and
 * a column per scored section any of its results has (the union across
 * versions, named as the newest result with that section names it, in the
 * order the newest results present them), and the overall score when any
 * result has one.
 */
import type { AssessmentResponse } from '../questionnaire/response.ts';
import type { LabelsOf, ScoreRow } from './score-rows.ts';
import { scoreRowsOf } from './score-rows.ts';

export interface ReportResult {
  response: AssessmentResponse;
  /** By section id; the overall row is `overall`. Empty for a result with no scored section (a written reflection). */
  sections: ReadonlyMap<string, ScoreRow>;
  overall: ScoreRow | null;
}

export interface ReportColumn {
  sectionId: string;
  title: string;
  kind: 'mean' | 'gap';
}

export interface ReportGroup {
  questionnaireId: string;
  columns: ReportColumn[];
  hasOverall: boolean;
  results: ReportResult[];
}

const newestFirst = (a: AssessmentResponse, b: AssessmentResponse) => b.completedAt.localeCompare(a.completedAt) || b.id.localeCompare(a.id);

export function buildReport(responses: readonly AssessmentResponse[], labelsOf: LabelsOf): ReportGroup[] {
  const groups = new Map<string, ReportGroup & { seen: Set<string> }>();
  for (const response of [...responses].sort(newestFirst)) {
    const rows = scoreRowsOf(response, labelsOf(response.questionnaireId, response.questionnaireVersion));
    let group = groups.get(response.questionnaireId);
    if (!group) {
      group = { questionnaireId: response.questionnaireId, columns: [], hasOverall: false, results: [], seen: new Set() };
      groups.set(response.questionnaireId, group);
    }
    const sections = new Map<string, ScoreRow>();
    let overall: ScoreRow | null = null;
    for (const row of rows) {
      if (row.sectionId === null) {
        overall = row;
        group.hasOverall = true;
        continue;
      }
      sections.set(row.sectionId, row);
      if (!group.seen.has(row.sectionId)) {
        group.seen.add(row.sectionId);
        group.columns.push({ sectionId: row.sectionId, title: row.section, kind: row.kind === 'gap' ? 'gap' : 'mean' });
      }
    }
    group.results.push({ response, sections, overall });
  }
  // A Map keeps insertion order, and each group was inserted at its newest result.
  return [...groups.values()].map(({ seen: _seen, ...group }) => group);
}
