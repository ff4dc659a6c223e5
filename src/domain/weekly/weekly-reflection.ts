/**
 * The weekly reflection: one guided flow — pulse, a short practice, a
 * journal prompt, last week's intention followed up, a new intention — saved
 * after every step so it can be left and resumed. It counts for `weekOf`
 * (the Monday of its week) once completed; `late` marks one honestly
 * back-dated to the previous week inside the grace window.
 */
import { localDate, weekOf as weekOfDate } from './weeks.ts';

/** The questionnaire asked in the reflection's first part. */
export const WEEKLY_PULSE_ID = 'weekly-pulse';

export const WEEKLY_STEPS = ['pulse', 'practice', 'journal', 'follow-up', 'intention'] as const;
export type WeeklyStep = (typeof WEEKLY_STEPS)[number];

export const WEEKLY_STEP_TITLES: Record<WeeklyStep, string> = {
  pulse: 'Weekly pulse',
  practice: 'A short practice',
  journal: 'A journal prompt',
  'follow-up': 'Last week’s intention',
  intention: 'An intention for next week',
};

export interface WeeklyReflection {
  id: string;
  weekOf: string;
  startedAt: string;
  completedAt: string | null;
  late: boolean;
  step: WeeklyStep;
  pulseResponseId: string | null;
  practiceLogId: string | null;
  journalEntryId: string | null;
  intentionId: string | null;
}

export function newWeeklyReflection(id: string, weekOf: string, now: Date, late: boolean): WeeklyReflection {
  return {
    id,
    weekOf,
    startedAt: now.toISOString(),
    completedAt: null,
    late,
    step: 'pulse',
    pulseResponseId: null,
    practiceLogId: null,
    journalEntryId: null,
    intentionId: null,
  };
}

/** The step after this one, or null after the last. */
export function nextStep(step: WeeklyStep): WeeklyStep | null {
  return WEEKLY_STEPS[WEEKLY_STEPS.indexOf(step) + 1] ?? null;
}

/**
 * The reflection to resume today, if any: the newest unfinished one begun
 * for this week or last week (one begun on Sunday can be finished on Monday;
 * `finish` decides which week it then counts for).
 */
export function resumable(reflections: readonly WeeklyReflection[], thisWeek: string, lastWeek: string): WeeklyReflection | undefined {
  return [...reflections]
    .filter((r) => r.completedAt === null && (r.weekOf === thisWeek || r.weekOf === lastWeek))
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
}

/**
 * Marks a reflection finished. It counts for the week it was begun for when
 * that is still honest: this week, or last week while back-dating to it is
 * open (`backDateOpen`), and then it is marked late (one begun on Sunday and
 * finished after midnight keeps its week, marked late). Otherwise it counts,
 * on time, for the week it was finished in.
 */
export function finish(reflection: WeeklyReflection, now: Date, thisWeek: string, backDateOpen: boolean): WeeklyReflection {
  const completedAt = now.toISOString();
  if (reflection.weekOf === thisWeek) return { ...reflection, completedAt };
  if (backDateOpen) return { ...reflection, completedAt, late: true };
  return { ...reflection, completedAt, weekOf: thisWeek, late: false };
}

/**
 * How many of the newest results (of any questionnaire) are searched for a
 * pulse to carry in, by the reflection and by Today alike: a pulse taken this
 * week is among them unless more than this many results were saved since.
 */
export const CARRY_PULSE_LOOKBACK = 20;

/**
 * The weekly pulse to carry into a reflection rather than ask again: the
 * newest one completed, on the device's calendar (`timeZone`), in the week
 * the reflection counts for. A pulse taken from the library or a direct link
 * is thereby the first part of that week's reflection; on its own it does
 * not count the week (docs/decisions/0015-one-way-into-the-week.md).
 */
export function pulseToCarry<T extends { questionnaireId: string; completedAt: string }>(
  responses: readonly T[],
  reflectionWeekOf: string,
  timeZone: string,
): T | undefined {
  return responses
    .filter((r) => r.questionnaireId === WEEKLY_PULSE_ID && weekOfDate(localDate(new Date(r.completedAt), timeZone)) === reflectionWeekOf)
    .sort((a, b) => b.completedAt.localeCompare(a.completedAt))[0];
}
