/**
 * What a share holds, in plain words for its preview: one line per kind of
 * record ("12 results, scores only"), and the dates it spans.
 */
import type { ShareCovers, SharedKind } from '../../domain/coaching/coaching-types.ts';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';

const NAMES: Record<SharedKind, [one: string, many: string]> = {
  responses: ['result', 'results'],
  weeklyReflections: ['weekly reflection', 'weekly reflections'],
  journal: ['journal entry', 'journal entries'],
  intentions: ['intention with its outcome', 'intentions with their outcomes'],
  practiceLog: ['practice session', 'practice sessions'],
};

const ORDER = Object.keys(NAMES) as SharedKind[];

/** "12 results, scores only", "1 journal entry": the kinds with any records, in a steady order. */
export function coversLines(covers: ShareCovers): string[] {
  return ORDER.filter((kind) => covers.counts[kind] > 0).map((kind) => {
    const count = covers.counts[kind];
    const [one, many] = NAMES[kind];
    const words = `${count} ${count === 1 ? one : many}`;
    if (kind !== 'responses') return words;
    return `${words}, ${covers.writtenAnswers ? 'with written answers' : 'scores only'}`;
  });
}

/** "From 3 January 2025 to 1 December 2026", or null when there are no records. */
export function coversDates(covers: ShareCovers): string | null {
  if (covers.from === null || covers.to === null) return null;
  if (covers.from === covers.to) return `On ${formatCalendarDate(covers.from)}`;
  return `From ${formatCalendarDate(covers.from)} to ${formatCalendarDate(covers.to)}`;
}
