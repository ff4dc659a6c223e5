/**
 * What a newer share from a coachee brings, against the one the coach's app
 * held before: records (by id, per kind) it has that the older one did not,
 * and records of the older one it no longer holds (the leader shared less,
 * or removed them). Said in plain lines for the coach.
 */
import { SHARED_KINDS } from './coaching-types.ts';
import type { SharedKind, WhatIsNew } from './coaching-types.ts';
import { countOf } from './share-covers.ts';

function zeroes(): Record<SharedKind, number> {
  return { responses: 0, journal: 0, intentions: 0, practiceLog: 0, weeklyReflections: 0 };
}

/** Counts, per kind, of ids in `after` not in `before` (added) and in `before` not in `after` (gone). */
export function whatIsNew(before: Record<SharedKind, readonly string[]>, after: Record<SharedKind, readonly string[]>): WhatIsNew {
  const added = zeroes();
  const gone = zeroes();
  for (const kind of SHARED_KINDS) {
    const earlier = new Set(before[kind]);
    const later = new Set(after[kind]);
    for (const id of later) if (!earlier.has(id)) added[kind] += 1;
    for (const id of earlier) if (!later.has(id)) gone[kind] += 1;
  }
  return { added, gone };
}

const LINE_ORDER: readonly SharedKind[] = ['responses', 'weeklyReflections', 'journal', 'intentions', 'practiceLog'];

/**
 * One line per kind that changed: "2 new reflections", then "3 journal
 * entries no longer shared"; a single "Nothing new since the last share"
 * when nothing changed.
 */
export function describeWhatIsNew(w: WhatIsNew): string[] {
  const lines: string[] = [];
  for (const kind of LINE_ORDER) if (w.added[kind] > 0) lines.push(countOf(kind, w.added[kind]).replace(/^(\d+) /, '$1 new '));
  for (const kind of LINE_ORDER) if (w.gone[kind] > 0) lines.push(`${countOf(kind, w.gone[kind])} no longer shared`);
  return lines.length > 0 ? lines : ['Nothing new since the last share'];
}
