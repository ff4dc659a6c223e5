/**
 * Turns the first problem zod found in a body into an 'invalid' rejection in
 * human words: which kind of record (or coach's note), where it is, and what
 * is wrong with it ("A journal entry in this file has a date that cannot be
 * right"), never quoting what the record holds. The same words serve every
 * kind of file: a share's records are a backup's kinds.
 */
import type { RecordKind, Rejection } from './file-types.ts';
import { RECORD_KINDS } from './file-types.ts';
import { NOTE_NAMES, reject, RECORD_NAMES } from './rejections.ts';

/** The parts of a zod issue this module reads (zod 4's issue shape). */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
  /** For 'too_big': the most allowed (0 for a kind a share never holds). */
  maximum?: number | bigint;
}

const NOTHING_CHANGED = 'Nothing was changed.';

function problemOf(issue: IssueLike, field: readonly PropertyKey[]): string {
  if (issue.message === 'date') return 'has a date that cannot be right';
  if (issue.message === 'scope') return 'is outside what the file says it shares';
  if (issue.message === 'answer') return 'has an answer outside its scale';
  if (issue.code === 'too_big' && issue.origin === 'string') return 'holds more text than Attune allows';
  if (issue.code === 'too_big' && issue.origin !== 'number') return 'holds more than Attune allows';
  if (field[0] === 'items' || field[0] === 'answers' || field[0] === 'mood' || field[0] === 'energy') return 'has an answer that cannot be right';
  if (field.length === 0 || ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code)) {
    return 'is missing something or has something in the wrong form';
  }
  return 'has something that cannot be right';
}

/** The 'invalid' rejection for the first issue in a file's body (a backup's, a share's or a notes file's). */
export function invalidBody(issue: IssueLike): Rejection {
  if (issue.path[0] === 'notes') return listItem(NOTE_NAMES, 'notes', issue.path.slice(1), issue);
  const [top, kind, ...rest] = issue.path;
  if (top === 'records' && RECORD_KINDS.includes(kind as RecordKind)) return listItem(RECORD_NAMES[kind as RecordKind], String(kind), rest, issue);
  if (top === 'profile' || top === 'leaderName' || top === 'coachName') {
    return reject('invalid', String(top), `The name in this file cannot be right. ${NOTHING_CHANGED}`);
  }
  const place = issue.path.filter((part) => typeof part === 'string' || typeof part === 'number').join('.') || 'body';
  return reject('invalid', place, `Part of this file is missing or cannot be right, so it was not opened. ${NOTHING_CHANGED}`);
}

/** The rejection for an issue in one item of a list (a kind of record, or the notes), or in the list itself (too long). */
function listItem(names: { one: string; a: string }, list: string, path: readonly PropertyKey[], issue: IssueLike): Rejection {
  const [index, ...field] = path;
  const fieldText = field.filter((part) => typeof part === 'string').join('.');
  if (typeof index !== 'number') {
    if (issue.code === 'too_big' && Number(issue.maximum) === 0) {
      return reject('invalid', `${list}: none allowed`, `This file holds ${names.one} records, which a file of its kind never holds, so it was not opened. ${NOTHING_CHANGED}`);
    }
    return reject('invalid', `${list}: ${issue.code}`, `This file holds more ${names.one} records than Attune allows, so it was not opened. ${NOTHING_CHANGED}`);
  }
  const place = `${names.one} ${index + 1}${fieldText ? `: ${fieldText}` : ''}`;
  return reject('invalid', place, `${names.a} in this file ${problemOf(issue, field)}. ${NOTHING_CHANGED}`);
}

/** The 'invalid' rejection for a header that is not right (the file's outer details). */
export function invalidHeader(issue: IssueLike): Rejection {
  const place = issue.path.filter((part) => typeof part === 'string').join('.') || 'header';
  const what = issue.message === 'date' ? 'says it was made on a date that cannot be right' : 'has details that are missing or cannot be right';
  return reject('invalid', `header: ${place}`, `This file ${what}, so it was not opened. ${NOTHING_CHANGED}`);
}
