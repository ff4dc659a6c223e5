/**
 * Stretches of comparable versions ("segments") and the boundaries between
 * them, per questionnaire.
 *
 * Results of one questionnaire are taken in date order. A new segment
 * starts where the version changes and the change is not safe to read
 * across: a version between the two declared not comparable, a version
 * between them with no note, or no notes at all for that questionnaire (its
 * notes failed to load). This is stricter than the history screen, which
 * compares across a boundary with no note and asks the reader to take care:
 * a chart's line and a statement of change carry no such caveat, so they
 * do not cross it.
 *
 * Segments are numbered from 0 per questionnaire over all time, so a
 * result's segment does not depend on the range chosen. The full
 * self-assessment and the pulse are numbered separately and are never
 * compared with each other.
 */
import type { VersionChange } from '../questionnaire/version-boundaries.ts';
import { changesBetween } from '../questionnaire/version-boundaries.ts';
import type { ChartBoundary, DateWindow } from './progress-types.ts';
import { inWindow } from './range.ts';

/**
 * Whether scores on versions `a` and `b` can be read side by side on a
 * chart: every version after the lower, up to the higher, has a note that
 * says so. `notes` undefined (none loaded) is never comparable across versions.
 */
export function comparableAcross(notes: readonly VersionChange[] | undefined, a: number, b: number): boolean {
  if (a === b) return true;
  if (notes === undefined) return false;
  const [low, high] = a < b ? [a, b] : [b, a];
  const between = changesBetween(notes, low, high);
  if (between.length !== high - low) return false;
  return between.every((change) => change.scoresComparable);
}

/** What segmenting needs of a result. */
export interface Versioned {
  version: number;
  date: string;
}

/** The segment of each result, in the order given (which must be date order). */
export function segmentNumbers(results: readonly Versioned[], notes: readonly VersionChange[] | undefined): number[] {
  const segments: number[] = [];
  let segment = 0;
  results.forEach((result, index) => {
    const before = results[index - 1];
    if (before && !comparableAcross(notes, before.version, result.version)) segment += 1;
    segments.push(segment);
  });
  return segments;
}

/**
 * A boundary for every change of version between consecutive results (in
 * date order) whose first result on the new version falls in the window.
 */
export function versionBoundaries(
  questionnaireId: string,
  results: readonly Versioned[],
  notes: readonly VersionChange[] | undefined,
  window: DateWindow,
): ChartBoundary[] {
  const boundaries: ChartBoundary[] = [];
  results.forEach((result, index) => {
    const before = results[index - 1];
    if (!before || before.version === result.version || !inWindow(result.date, window)) return;
    const said = notes === undefined ? [] : changesBetween(notes, before.version, result.version);
    boundaries.push({
      date: result.date,
      questionnaireId,
      fromVersion: before.version,
      toVersion: result.version,
      summary: said.length === 0 ? null : said.map((change) => change.summary).join(' '),
      scoresComparable: comparableAcross(notes, before.version, result.version),
    });
  });
  return boundaries;
}
