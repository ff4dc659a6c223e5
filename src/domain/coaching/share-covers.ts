/**
 * What a share covers, built up page by page as records are chosen (pure:
 * every call returns a new value), and said in one plain line for the
 * leader's preview and the coach's list: "12 reflections (scores only),
 * 1 journal entry, 30 practice sessions, 3 Jan 2025 to 1 Dec 2026".
 */
import type { BackupRecords } from '../files/file-types.ts';
import { SHARED_KINDS } from './coaching-types.ts';
import type { ShareCovers, ShareScope, SharedKind } from './coaching-types.ts';
import { sharedDateOf, shortDate } from './share-dates.ts';

/** Nothing yet, for a share with `scope`. */
export function emptyCovers(scope: ShareScope): ShareCovers {
  return {
    counts: { responses: 0, journal: 0, intentions: 0, practiceLog: 0, weeklyReflections: 0 },
    from: null,
    to: null,
    writtenAnswers: scope.reflections === 'with-answers',
  };
}

/** `covers` with `records` (already chosen for the share) added: counts, and the earliest and latest leader-local dates. */
export function addToCovers(covers: ShareCovers, records: Partial<BackupRecords>, timeZone: string): ShareCovers {
  const counts = { ...covers.counts };
  let { from, to } = covers;
  for (const kind of SHARED_KINDS) {
    const list = records[kind] as ReadonlyArray<BackupRecords[typeof kind][number]> | undefined;
    if (!list) continue;
    counts[kind] += list.length;
    for (const record of list) {
      const date = sharedDateOf(kind, record as never, timeZone);
      if (from === null || date < from) from = date;
      if (to === null || date > to) to = date;
    }
  }
  return { ...covers, counts, from, to };
}

/** Each kind's words, one and many, in the order the line lists them. */
export const SHARED_KIND_WORDS: Record<SharedKind, { one: string; many: string }> = {
  responses: { one: 'reflection', many: 'reflections' },
  weeklyReflections: { one: 'week reflected', many: 'weeks reflected' },
  journal: { one: 'journal entry', many: 'journal entries' },
  intentions: { one: 'intention', many: 'intentions' },
  practiceLog: { one: 'practice session', many: 'practice sessions' },
};

const LINE_ORDER: readonly SharedKind[] = ['responses', 'weeklyReflections', 'journal', 'intentions', 'practiceLog'];

/** "1 journal entry", "30 practice sessions". */
export function countOf(kind: SharedKind, count: number): string {
  const words = SHARED_KIND_WORDS[kind];
  return `${count} ${count === 1 ? words.one : words.many}`;
}

/** The covers in one plain line; "Nothing shared" when the share holds no records. */
export function describeCovers(covers: ShareCovers): string {
  const parts: string[] = [];
  for (const kind of LINE_ORDER) {
    const count = covers.counts[kind];
    if (count === 0) continue;
    const qualifier = kind === 'responses' ? (covers.writtenAnswers ? ' (with written answers)' : ' (scores only)') : '';
    parts.push(countOf(kind, count) + qualifier);
  }
  if (parts.length === 0) return 'Nothing shared';
  if (covers.from !== null && covers.to !== null) {
    parts.push(covers.from === covers.to ? shortDate(covers.from) : `${shortDate(covers.from)} to ${shortDate(covers.to)}`);
  }
  return parts.join(', ');
}
