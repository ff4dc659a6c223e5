/**
 * Comparison of a result with the one before it: the change per section and
 * overall, in points. A change is null when either side has no score
 * (incomplete, unscored, or the section was not in the earlier result).
 * Sections are matched by id, then by element, so a renamed section that
 * reflects on the same element still compares across versions.
 */
import type { ResponseScore, SectionScore } from './score-response.ts';

export interface SectionChange {
  sectionId: string;
  previous: number | null;
  current: number | null;
  change: number | null;
}

export interface ScoreComparison {
  sections: SectionChange[];
  overall: { previous: number | null; current: number | null; change: number | null };
}

function diff(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : current - previous;
}

function counterpart(section: SectionScore, previous: ResponseScore): SectionScore | undefined {
  return (
    previous.sections.find((s) => s.sectionId === section.sectionId && s.scoring === section.scoring) ??
    (section.elementId === null
      ? undefined
      : previous.sections.find((s) => s.elementId === section.elementId && s.scoring === section.scoring))
  );
}

export function compareScores(current: ResponseScore, previous: ResponseScore): ScoreComparison {
  const sections = current.sections.map((section) => {
    const before = counterpart(section, previous)?.score ?? null;
    return { sectionId: section.sectionId, previous: before, current: section.score, change: diff(section.score, before) };
  });
  return {
    sections,
    overall: { previous: previous.overall, current: current.overall, change: diff(current.overall, previous.overall) },
  };
}

/** A short plain-English phrase for a change in points, e.g. "up 6 points". */
export function describeChange(change: number | null): string {
  if (change === null) return 'no comparison';
  if (change === 0) return 'no change';
  const points = Math.abs(change) === 1 ? 'point' : 'points';
  return `${change > 0 ? 'up' : 'down'} ${Math.abs(change)} ${points}`;
}
