/**
 * What changed between versions of a questionnaire, and whether scores can
 * be compared across a change. Each version's file may say what changed
 * from the version before it (`changesFromPrevious`); a `VersionChange` is
 * that note, keyed by the version it leads to.
 *
 * Two results are comparable when every version boundary between them is
 * declared comparable. A boundary with no note keeps the older rule: the
 * figures are compared, and the app asks the reader to take care.
 */

export interface VersionChange {
  /** The version this change leads to (the change is from `version − 1`). */
  version: number;
  summary: string;
  scoresComparable: boolean;
}

/** The notes of the versions after `from`, up to and including `to`, oldest first. */
export function changesBetween(changes: readonly VersionChange[], from: number, to: number): VersionChange[] {
  const [low, high] = from <= to ? [from, to] : [to, from];
  return changes.filter((c) => c.version > low && c.version <= high).sort((a, b) => a.version - b.version);
}

/** False when any boundary between the two versions (either order) is declared not comparable; true otherwise. */
export function scoresComparableBetween(changes: readonly VersionChange[], a: number, b: number): boolean {
  return changesBetween(changes, a, b).every((c) => c.scoresComparable);
}
