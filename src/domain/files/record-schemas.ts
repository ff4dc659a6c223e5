/**
 * The zod schemas every record in a file must pass before anything is
 * written: strict about what a hostile file could do (impossible dates,
 * answers off their scale, megabytes of text, endless arrays), lenient about
 * what a later app might add (unknown keys are dropped, so a file from a
 * newer minor version still opens). The bounds come from the domain's own
 * constants where they exist. The schemas are made for a latest moment
 * (recordsLatest: the later of the reading device's clock and the file's
 * exportedAt), since no record can be dated more than a day after it: a file
 * made on a device whose clock ran ahead still restores on one whose clock is
 * right. The floor is 1970, so a record made while a phone's clock was reset
 * still restores. Export checks its body against these same schemas
 * (unrestorableRecords), so the app never writes a file it would refuse.
 */
import { z } from 'zod';
import type { ShareScope } from '../coaching/coaching-types.ts';
import { ELEMENT_IDS } from '../elements/element-ids.ts';
import { OUTCOMES } from '../intentions/intention.ts';
import type { Intention } from '../intentions/intention.ts';
import { MAX_ENTRY_LENGTH, MAX_TAGS, parseTags } from '../journal/entry.ts';
import type { JournalEntry } from '../journal/entry.ts';
import { MAX_PRACTICE_SECONDS } from '../practice/practice-log.ts';
import type { PracticeLogEntry } from '../practice/practice-log.ts';
import type { Preferences } from '../preferences.ts';
import type { AssessmentResponse } from '../questionnaire/response.ts';
import { WEEKLY_STEPS } from '../weekly/weekly-reflection.ts';
import type { WeeklyReflection } from '../weekly/weekly-reflection.ts';
import type { BackupBody, BackupRecords, RecordKind, StoredDraft } from './file-types.ts';
import { RECORD_KINDS } from './file-types.ts';

/** Ids, item ids, section ids, questionnaire ids. */
export const MAX_ID_LENGTH = 100;
/** Prompt text, titles, notes, intentions, follow-ups. */
export const MAX_SHORT_TEXT = 2_000;
/** A free-text answer (the assessment screen's MAX_TEXT_LENGTH). */
export const MAX_ANSWER_TEXT = 10_000;
/** A profile's display name (the profile forms allow 60). */
export const MAX_DISPLAY_NAME = 100;
export const MAX_ITEMS = 500;
export const MAX_SECTIONS = 50;
/** Scale answers are whole numbers from 0 to 10. */
export const SCALE_FLOOR = 0;
export const SCALE_CEILING = 10;
/** More records of one kind than anyone could write in a lifetime. */
export const MAX_RECORDS_PER_KIND = 200_000;
/** The earliest date any record may carry (a phone whose clock was reset shows 1970). */
export const EARLIEST_DATE = '1970-01-01';
const DAY_MS = 86_400_000;
/** How far past the reading device's clock a file's exportedAt may be (the writing device's clock ran ahead). */
export const EXPORTED_AT_LEEWAY_DAYS = 365;
const MAX_PRACTICE_MINUTES = MAX_PRACTICE_SECONDS / 60;

const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayExists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `text` is an ISO 8601 instant that exists, from EARLIEST_DATE to a day after `now` (the latest moment allowed). */
export function isPlausibleTimestamp(text: string, now: Date): boolean {
  const match = ISO_TIMESTAMP.exec(text);
  if (!match) return false;
  const [, year, month, day, hour, minute, second, offsetHour, offsetMinute] = match.map(Number) as number[];
  if (!dayExists(year!, month!, day!) || hour! > 23 || minute! > 59 || second! > 59) return false;
  if (offsetHour !== undefined && !Number.isNaN(offsetHour) && (offsetHour > 14 || offsetMinute! > 59)) return false;
  const time = Date.parse(text);
  return Number.isFinite(time) && time >= Date.parse(`${EARLIEST_DATE}T00:00:00Z`) - DAY_MS && time <= now.getTime() + DAY_MS;
}

/** Whether `text` can be a file's exportedAt: an instant that exists, from EARLIEST_DATE to a year and a day after `now`. */
export function isPlausibleExportedAt(text: string, now: Date): boolean {
  return isPlausibleTimestamp(text, new Date(now.getTime() + EXPORTED_AT_LEEWAY_DAYS * DAY_MS));
}

/** The latest moment a file's records may be checked against: the later of the device's clock and the file's (already checked) exportedAt. */
export function recordsLatest(now: Date, exportedAt: string): Date {
  const exported = Date.parse(exportedAt);
  return Number.isFinite(exported) && exported > now.getTime() ? new Date(exported) : now;
}

/** Whether `text` is a calendar day YYYY-MM-DD that exists, from EARLIEST_DATE to a day after `now`. */
export function isPlausibleDay(text: string, now: Date): boolean {
  const match = CALENDAR_DAY.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as number[];
  if (!dayExists(year!, month!, day!)) return false;
  return text >= EARLIEST_DATE && text <= new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10);
}

const id = z.string().min(1).max(MAX_ID_LENGTH);

/** A UUID as crypto.randomUUID writes it (any version, either case): link ids and share ids. */
export const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

/** A calendar day that exists (a share's range may end in the future, so no bound but the calendar's). */
const rangeDay = z
  .string()
  .max(10)
  .refine((text) => {
    const match = CALENDAR_DAY.exec(text);
    return match !== null && dayExists(Number(match[1]), Number(match[2]), Number(match[3]));
  }, { message: 'date' });

/** What a leader chose to share with a coach (coaching-types.ts), in their preferences and in every share file. */
export const shareScopeSchema = z.object({
  reflections: z.enum(['none', 'scores', 'with-answers']),
  journal: z.enum(['none', 'tagged', 'in-range']),
  intentions: z.boolean(),
  practice: z.boolean(),
  from: rangeDay.nullable(),
  to: rangeDay.nullable(),
}) satisfies z.ZodType<ShareScope>;
const shortText = z.string().max(MAX_SHORT_TEXT);
const element = z.enum(ELEMENT_IDS);
const scaleValue = z.number().int().min(SCALE_FLOOR).max(SCALE_CEILING);

/** A map with at most `max` keys, each an id. */
function boundedMap<T extends z.ZodType>(value: T, max: number) {
  return z.record(id, value).refine((map) => Object.keys(map).length <= max, { message: `more than ${max} entries` });
}

const scaleRange = z
  .object({ min: scaleValue, max: scaleValue })
  .refine((range) => range.min < range.max, { message: 'min must be below max' });

function inRange(value: number | null, range: { min: number; max: number } | null): boolean {
  return value === null || (range !== null && value >= range.min && value <= range.max);
}

/** The schemas for one moment: `now` bounds every date. */
export function recordSchemas(now: Date) {
  const timestamp = z.string().max(40).refine((text) => isPlausibleTimestamp(text, now), { message: 'date' });
  const day = z.string().max(10).refine((text) => isPlausibleDay(text, now), { message: 'date' });

  const answeredItem = z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('scale'),
      itemId: id,
      sectionId: id,
      reverse: z.boolean(),
      value: scaleValue.nullable(),
      notApplicable: z.literal(true).optional(),
    }),
    z.object({ kind: z.literal('paired'), itemId: id, sectionId: id, aim: scaleValue.nullable(), actual: scaleValue.nullable() }),
    z.object({ kind: z.literal('choice'), itemId: id, sectionId: id, value: z.string().max(MAX_ID_LENGTH).nullable() }),
    z.object({ kind: z.literal('text'), itemId: id, sectionId: id, value: z.string().max(MAX_ANSWER_TEXT).nullable() }),
  ]);

  const response = z
    .object({
      id,
      questionnaireId: id,
      questionnaireVersion: z.number().int().min(1).max(10_000),
      startedAt: timestamp,
      completedAt: timestamp,
      scale: scaleRange.nullable(),
      pairedScale: scaleRange.nullable(),
      sections: z
        .array(
          z.object({
            sectionId: id,
            elementId: element.nullable(),
            scoring: z.enum(['mean', 'gap', 'none']),
            offersNotApplicable: z.literal(false).optional(),
          }),
        )
        .max(MAX_SECTIONS),
      overall: z.enum(['mean-of-elements', 'none']),
      items: z.array(answeredItem).max(MAX_ITEMS),
      notes: boundedMap(z.string().max(MAX_SHORT_TEXT), MAX_SECTIONS),
    })
    .superRefine((value, context) => {
      value.items.forEach((item, index) => {
        const fits =
          item.kind === 'scale'
            ? inRange(item.value, value.scale)
            : item.kind === 'paired'
              ? inRange(item.aim, value.pairedScale) && inRange(item.actual, value.pairedScale)
              : true;
        if (!fits) context.addIssue({ code: 'custom', message: 'answer', path: ['items', index] });
      });
    }) satisfies z.ZodType<AssessmentResponse>;

  const draftAnswer = z.union([
    scaleValue,
    z.string().max(MAX_ANSWER_TEXT),
    z.object({ aim: scaleValue.optional(), actual: scaleValue.optional() }),
  ]);

  const draft = z.object({
    id,
    questionnaireVersion: z.number().int().min(1).max(10_000),
    startedAt: timestamp,
    updatedAt: timestamp,
    stepIndex: z.number().int().min(0).max(MAX_SECTIONS),
    answers: boundedMap(draftAnswer, MAX_ITEMS),
    notes: boundedMap(z.string().max(MAX_SHORT_TEXT), MAX_SECTIONS).optional(),
    carriedAims: z
      .object({ from: timestamp, changing: z.array(id).max(MAX_SECTIONS), items: z.array(id).max(MAX_ITEMS).optional() })
      .optional(),
  }) satisfies z.ZodType<StoredDraft>;

  const intention = z.object({
    id,
    createdAt: timestamp,
    elementId: element.nullable(),
    text: shortText,
    source: z.enum(['practice', 'focus', 'own']),
    responseId: id.nullable(),
    followUp: z.object({ outcome: z.enum(OUTCOMES), note: shortText, answeredAt: timestamp }).nullable(),
  }) satisfies z.ZodType<Intention>;

  const tag = z.string().max(40).refine((text) => parseTags(text)[0] === text, { message: 'tag' });
  const rating = z.number().int().min(1).max(5).nullable();

  const journalEntry = z.object({
    id,
    createdAt: timestamp,
    updatedAt: timestamp,
    localDate: day,
    promptId: id.nullable(),
    promptText: shortText.nullable(),
    text: z.string().max(MAX_ENTRY_LENGTH),
    elements: z.array(element).max(ELEMENT_IDS.length).refine((list) => new Set(list).size === list.length, { message: 'repeated' }),
    tags: z.array(tag).max(MAX_TAGS).refine((list) => new Set(list).size === list.length, { message: 'repeated' }),
    mood: rating,
    energy: rating,
    responseId: id.nullable(),
    intentionId: id.nullable(),
    // Marked "share with my coach" (coaching, issue 14); absent means no.
    shareWithCoach: z.literal(true).optional(),
  }) satisfies z.ZodType<JournalEntry>;

  const practice = z
    .object({
      id,
      date: day,
      loggedAt: timestamp,
      practiceId: id.nullable(),
      practiceTitle: shortText,
      minutes: z.number().int().min(0).max(MAX_PRACTICE_MINUTES),
      seconds: z.number().int().min(0).max(MAX_PRACTICE_SECONDS).optional(),
      note: shortText,
      elementId: element.nullable(),
    })
    // Minutes are the seconds rounded (or, in records before seconds, rounded up): never more than a minute apart.
    .refine((entry) => entry.seconds === undefined || Math.abs(entry.minutes * 60 - entry.seconds) <= 60, {
      message: 'minutes',
      path: ['minutes'],
    }) satisfies z.ZodType<PracticeLogEntry>;

  const weekly = z.object({
    id,
    weekOf: day,
    startedAt: timestamp,
    completedAt: timestamp.nullable(),
    late: z.boolean(),
    step: z.enum(WEEKLY_STEPS),
    pulseResponseId: id.nullable(),
    practiceLogId: id.nullable(),
    journalEntryId: id.nullable(),
    intentionId: id.nullable(),
  }) satisfies z.ZodType<WeeklyReflection>;

  const weekday = z.number().int().min(1).max(7);
  const preferences = z.object({
    id: z.literal('preferences'),
    dueWeekday: weekday,
    hideStreak: z.boolean(),
    reminder: z
      .object({
        weekday,
        time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
        uid: z.string().min(1).max(MAX_ID_LENGTH * 2),
        sequence: z.number().int().min(0).max(1_000_000),
      })
      .nullable(),
    progressRange: z.enum(['three-months', 'year', 'all', 'last-year']).optional(),
    hideWeeksCalendar: z.boolean().optional(),
    // Added to Preferences by the backup reminder (files-ui, issue 13): days between reminders, 0 for never.
    backupReminderDays: z.number().int().min(0).max(366).optional(),
    // Added by coaching (issue 14): the scope last shared, and the profile's stable link id for its coach.
    shareScope: shareScopeSchema.optional(),
    coachLinkId: uuid.optional(),
  }) satisfies z.ZodType<Preferences>;

  const many = <T extends z.ZodType>(schema: T) => z.array(schema).max(MAX_RECORDS_PER_KIND);

  const records = z.object({
    responses: many(response),
    drafts: many(draft),
    intentions: many(intention),
    journal: many(journalEntry),
    practiceLog: many(practice),
    weeklyReflections: many(weekly),
    preferences: z.array(preferences).max(1),
  }) satisfies z.ZodType<BackupRecords>;

  const body = z.object({
    profile: z.object({ displayName: z.string().trim().min(1).max(MAX_DISPLAY_NAME) }),
    records,
    unreadable: z.partialRecord(z.enum(RECORD_KINDS as readonly RecordKind[] as [RecordKind, ...RecordKind[]]), z.number().int().min(0).max(MAX_RECORDS_PER_KIND)),
  }) satisfies z.ZodType<BackupBody>;

  return { response, draft, intention, journalEntry, practice, weekly, preferences, records, body, timestamp, day };
}
