/**
 * Counts of records in plain words, for the backup and restore messages:
 * "312 results, 40 journal entries and 3 intentions". Kinds with none are
 * left out.
 */
import type { RecordKind } from '../../domain/files/file-types.ts';
import { RECORD_KINDS } from '../../domain/files/file-types.ts';

const NAMES: Record<RecordKind, [one: string, many: string]> = {
  responses: ['result', 'results'],
  drafts: ['unfinished reflection', 'unfinished reflections'],
  intentions: ['intention', 'intentions'],
  journal: ['journal entry', 'journal entries'],
  practiceLog: ['practice session', 'practice sessions'],
  weeklyReflections: ['weekly reflection', 'weekly reflections'],
  preferences: ['set of preferences', 'sets of preferences'],
};

/** "1 journal entry", "40 journal entries". */
export function countOfKind(kind: RecordKind, count: number): string {
  const [one, many] = NAMES[kind];
  return `${count} ${count === 1 ? one : many}`;
}

/** "a, b and c". */
export function listInWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The non-zero counts in words, in the usual order of kinds; "nothing" when all are zero. */
export function countsInWords(counts: Partial<Record<RecordKind, number>>): string {
  const parts = RECORD_KINDS.filter((kind) => (counts[kind] ?? 0) > 0).map((kind) => countOfKind(kind, counts[kind]!));
  return parts.length === 0 ? 'nothing' : listInWords(parts);
}

/** The total of every kind. */
export function totalOf(counts: Partial<Record<RecordKind, number>>): number {
  return RECORD_KINDS.reduce((sum, kind) => sum + (counts[kind] ?? 0), 0);
}

/** "2 journal entries could not be read and are not in this backup." per kind, or none. */
export function unreadableInWords(unreadable: Partial<Record<RecordKind, number>>, where: string): string[] {
  return RECORD_KINDS.filter((kind) => (unreadable[kind] ?? 0) > 0).map(
    (kind) => `${countOfKind(kind, unreadable[kind]!)} could not be read and ${unreadable[kind] === 1 ? 'is' : 'are'} not in ${where}.`,
  );
}
