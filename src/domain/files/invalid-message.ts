/**
 * Turns the first problem zod found in a body into an 'invalid' rejection in
 * human words: which kind of record, where it is, and what is wrong with it
 * ("A journal entry in this file has a date that cannot be right"), never
 * quoting what the record holds.
 */
import type { RecordKind, Rejection } from './file-types.ts';
import { RECORD_KINDS } from './file-types.ts';
import { reject, RECORD_NAMES } from './rejections.ts';

/** The parts of a zod issue this module reads (zod 4's issue shape). */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
}

const NOTHING_CHANGED = 'Nothing was changed.';

function problemOf(issue: IssueLike, field: readonly PropertyKey[]): string {
  if (issue.message === 'date') return 'has a date that cannot be right';
  if (issue.message === 'answer') return 'has an answer outside its scale';
  if (issue.code === 'too_big' && issue.origin === 'string') return 'holds more text than Attune allows';
  if (issue.code === 'too_big' && issue.origin !== 'number') return 'holds more than Attune allows';
  if (field[0] === 'items' || field[0] === 'answers' || field[0] === 'mood' || field[0] === 'energy') return 'has an answer that cannot be right';
  if (field.length === 0 || ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code)) {
    return 'is missing something or has something in the wrong form';
  }
  return 'has something that cannot be right';
}

/** The 'invalid' rejection for the first issue in a backup body. */
export function invalidBody(issue: IssueLike): Rejection {
  const [top, kind, index, ...field] = issue.path;
  const fieldText = field.filter((part) => typeof part === 'string').join('.');
  if (top === 'records' && RECORD_KINDS.includes(kind as RecordKind)) {
    const names = RECORD_NAMES[kind as RecordKind];
    if (typeof index !== 'number') {
      return reject('invalid', `${String(kind)}: ${issue.code}`, `This file holds more ${names.one} records than Attune allows, so it was not opened. ${NOTHING_CHANGED}`);
    }
    const place = `${names.one} ${index + 1}${fieldText ? `: ${fieldText}` : ''}`;
    return reject('invalid', place, `${names.a} in this file ${problemOf(issue, field)}. ${NOTHING_CHANGED}`);
  }
  if (top === 'profile') return reject('invalid', 'profile', `The profile name in this file cannot be right. ${NOTHING_CHANGED}`);
  const place = issue.path.filter((part) => typeof part === 'string' || typeof part === 'number').join('.') || 'body';
  return reject('invalid', place, `Part of this file is missing or cannot be right, so it was not opened. ${NOTHING_CHANGED}`);
}

/** The 'invalid' rejection for a header that is not right (the file's outer details). */
export function invalidHeader(issue: IssueLike): Rejection {
  const place = issue.path.filter((part) => typeof part === 'string').join('.') || 'header';
  const what = issue.message === 'date' ? 'says it was made on a date that cannot be right' : 'has details that are missing or cannot be right';
  return reject('invalid', `header: ${place}`, `This file ${what}, so it was not opened. ${NOTHING_CHANGED}`);
}
