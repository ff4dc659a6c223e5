/**
 * The body each kind of file must have, as zod schemas made for one latest
 * moment (see record-schemas.ts): a backup's (a whole profile), a share's
 * (a leader's chosen records for a coach: drafts and preferences always
 * empty, the records agreeing with the scope the file states) and a coach's
 * notes file's. Same treatment as a backup's records: bounded sizes, real
 * dates, unknown keys dropped.
 */
import { z } from 'zod';
import type { CoachNotesBody, ShareBody } from '../coaching/coaching-types.ts';
import type { BodyOf, FileKind } from './file-types.ts';
import { MAX_DISPLAY_NAME, MAX_ID_LENGTH, recordSchemas, shareScopeSchema, uuid } from './record-schemas.ts';

/** The most earlier shares one share may ask to withdraw. */
export const MAX_WITHDRAW = 1_000;
/** The most notes one notes file may hold. */
export const MAX_NOTES = 5_000;
/** The most text one coach's note may hold. */
export const MAX_NOTE_TEXT = 10_000;
/** An IANA time zone name ("America/Argentina/ComodRivadavia" is among the longest). */
const MAX_TIME_ZONE = 64;

/** Whether this device knows the time zone (an unknown one would make every date in the share unreadable). */
function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const personName = z.string().trim().min(1).max(MAX_DISPLAY_NAME);

export function shareBodySchema(now: Date) {
  const schemas = recordSchemas(now);
  const records = schemas.records.extend({
    drafts: z.array(schemas.draft).max(0),
    preferences: z.array(schemas.preferences).max(0),
  });
  return z
    .object({
      linkId: uuid,
      shareId: uuid,
      leaderName: personName,
      timeZone: z.string().min(1).max(MAX_TIME_ZONE).refine(isKnownTimeZone, { message: 'time zone' }),
      scope: shareScopeSchema,
      records,
      withdraw: z.array(uuid).max(MAX_WITHDRAW),
    })
    .superRefine(({ scope, records: held }, context) => {
      // A share holds nothing its own scope leaves out: what the coach is told it covers is what it holds.
      const outside = (kind: keyof typeof held, index: number) => context.addIssue({ code: 'custom', message: 'scope', path: ['records', kind, index] });
      if (scope.reflections === 'none') {
        if (held.responses.length > 0) outside('responses', 0);
        if (held.weeklyReflections.length > 0) outside('weeklyReflections', 0);
      }
      if (scope.reflections === 'scores') {
        const written = held.responses.findIndex((r) => Object.keys(r.notes).length > 0 || r.items.some((item) => item.kind === 'text' && item.value !== null));
        if (written >= 0) outside('responses', written);
      }
      if (scope.journal === 'none' && held.journal.length > 0) outside('journal', 0);
      if (scope.journal === 'tagged') {
        const untagged = held.journal.findIndex((entry) => entry.shareWithCoach !== true);
        if (untagged >= 0) outside('journal', untagged);
      }
      if (!scope.intentions && held.intentions.length > 0) outside('intentions', 0);
      if (!scope.practice && held.practiceLog.length > 0) outside('practiceLog', 0);
    }) satisfies z.ZodType<ShareBody>;
}

export function coachNotesBodySchema(now: Date) {
  const { timestamp } = recordSchemas(now);
  const id = z.string().min(1).max(MAX_ID_LENGTH);
  return z.object({
    linkId: uuid,
    coachName: personName,
    notes: z
      .array(
        z.object({
          id,
          responseId: id.nullable(),
          text: z.string().min(1).max(MAX_NOTE_TEXT),
          createdAt: timestamp,
          updatedAt: timestamp,
        }),
      )
      .max(MAX_NOTES),
  }) satisfies z.ZodType<CoachNotesBody>;
}

/** The schema of a `kind` file's body, for records dated up to `latest` (recordsLatest). */
export function bodySchemaFor<K extends FileKind>(kind: K, latest: Date): z.ZodType<BodyOf<K>> {
  const made = kind === 'backup' ? recordSchemas(latest).body : kind === 'share' ? shareBodySchema(latest) : coachNotesBodySchema(latest);
  return made as unknown as z.ZodType<BodyOf<K>>;
}
