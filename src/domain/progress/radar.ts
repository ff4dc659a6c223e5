/**
 * Then and now: the latest full self-assessment in the range against one
 * the leader picks, on four axes, with their aims from a presence check.
 *
 * - now: the latest complete one (all four elements scored) in the range;
 *   none in the range gives no radar (enough false);
 * - options: every complete self-assessment completed before "now", all
 *   time, newest first; none when there is no "now";
 * - then: the one picked, when it is an option (so never "now" nor one
 *   completed after it, which would turn every rise into a fall); else the
 *   earliest complete one in the range; null when that is "now" itself;
 * - aspiration: the aims of the latest presence check on or before the end
 *   of the range (so a range without a check still shows the aims then
 *   held; the shape carries that check's date);
 * - note: when "then" and "now" are on versions whose scores are not
 *   comparable (segments.ts), a line saying to compare the shapes with care;
 *   the summary then names the two self-assessments and gives no amounts
 *   (no element is said to rise or fall across questions that changed).
 */
import type { ElementId } from '../elements/element-ids.ts';
import { ELEMENT_IDS, ELEMENT_NAMES } from '../elements/element-ids.ts';
import type { VersionChange } from '../questionnaire/version-boundaries.ts';
import { dayMonthYear } from './local-dates.ts';
import type { DateWindow, RadarShape, RadarView } from './progress-types.ts';
import { inWindow } from './range.ts';
import type { ScoredResult } from './scored-results.ts';
import { comparableAcross } from './segments.ts';

export const DIFFERENT_VERSIONS_NOTE =
  'These two self-assessments were answered on different versions of the questions, so read the difference between the shapes with care.';

function isComplete(result: ScoredResult): boolean {
  return ELEMENT_IDS.every((id) => result.values[id] !== null);
}

function shape(result: ScoredResult, label: string): RadarShape {
  const values = Object.fromEntries(ELEMENT_IDS.map((id) => [id, roundOrNull(result.values[id])])) as Record<ElementId, number | null>;
  return { label, date: result.date, responseId: result.responseId, version: result.version, values };
}

function roundOrNull(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value);
}

function aspirationShape(check: ScoredResult): RadarShape {
  const values = Object.fromEntries(ELEMENT_IDS.map((id) => [id, roundOrNull(check.gaps[id]?.aim)])) as Record<ElementId, number | null>;
  return { label: 'How you aim to lead', date: check.date, responseId: check.responseId, version: check.version, values };
}

function summaryOf(now: RadarShape | null, then: RadarShape | null, comparable: boolean): string {
  if (now === null) return 'No complete self-assessment in this range yet.';
  if (then === null || now.date === null || then.date === null) {
    return `Your latest self-assessment, from ${dayMonthYear(now.date ?? '')}; there is no earlier one in this range to compare it with.`;
  }
  if (!comparable) {
    return `Your self-assessment of ${dayMonthYear(now.date)} against the one of ${dayMonthYear(then.date)}, answered on different versions of the questions, so no rise or fall is given.`;
  }
  const moves = ELEMENT_IDS.flatMap((id) => {
    const a = then.values[id];
    const b = now.values[id];
    return a === null || b === null ? [] : [{ id, change: b - a }];
  });
  const base = `Your self-assessment of ${dayMonthYear(now.date)} against the one of ${dayMonthYear(then.date)}`;
  if (moves.length === 0) return `${base}.`;
  const most = moves.reduce((a, b) => (b.change > a.change ? b : a));
  const least = moves.reduce((a, b) => (b.change < a.change ? b : a));
  const name = (id: ElementId) => ELEMENT_NAMES[id].toLowerCase();
  if (most.change === 0 && least.change === 0) return `${base}: every element is where it was.`;
  if (least.change >= 0) return `${base}: every element rose or held, ${name(most.id)} most (up ${most.change}).`;
  if (most.change <= 0) return `${base}: every element fell or held, ${name(least.id)} most (down ${-least.change}).`;
  return `${base}: ${name(most.id)} rose most (up ${most.change}) and ${name(least.id)} fell most (down ${-least.change}).`;
}

export interface RadarInput {
  window: DateWindow;
  assessments: readonly ScoredResult[];
  checks: readonly ScoredResult[];
  assessmentNotes: readonly VersionChange[] | undefined;
  thenResponseId?: string;
}

export function radarView({ window, assessments, checks, assessmentNotes, thenResponseId }: RadarInput): RadarView {
  const complete = assessments.filter(isComplete);
  const inRange = complete.filter((r) => inWindow(r.date, window));
  const nowResult = inRange.at(-1) ?? null;
  // Oldest first (scoredResults), so what comes before "now" was completed before it.
  const before = nowResult === null ? [] : complete.slice(0, complete.indexOf(nowResult));
  const options = [...before].reverse().map((r) => ({ responseId: r.responseId, date: r.date, version: r.version }));
  const picked = before.find((r) => r.responseId === thenResponseId);
  const earliest = inRange[0] && inRange[0] !== nowResult ? inRange[0] : null;
  const thenResult = nowResult === null ? null : (picked ?? earliest);
  const now = nowResult ? shape(nowResult, 'Now') : null;
  const then = thenResult ? shape(thenResult, 'Then') : null;
  const check = checks.filter((c) => c.date <= window.to && ELEMENT_IDS.some((id) => c.gaps[id] !== null)).at(-1);
  const different = nowResult !== null && thenResult !== null && !comparableAcross(assessmentNotes, thenResult.version, nowResult.version);
  return {
    options,
    now,
    then,
    aspiration: check ? aspirationShape(check) : null,
    note: different ? DIFFERENT_VERSIONS_NOTE : null,
    summary: summaryOf(now, then, !different),
    enough: { enough: now !== null, have: inRange.length, need: 1 },
  };
}
