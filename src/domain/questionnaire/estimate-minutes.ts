/**
 * How long a questionnaire takes, estimated from its content rather than
 * guessed, so the "about N minutes" a leader is promised is true. The rule
 * (docs/content-authoring.md, "How long it takes"):
 *
 * - reading: every word shown on the way through — title and summary, each
 *   step's title, summary and scale question with its option labels, each
 *   item (with a hint or choice options) and each challenge prompt — at
 *   200 words a minute, a steady pace for reading on a phone;
 * - deciding: 5 s for each rating (a paired item is two ratings) and each
 *   choice, and 5 s for each step to look it over and move on;
 * - writing: 75 s for each written answer. A `text` item is one of the
 *   instrument's own questions, so it counts; a section's challenge prompt
 *   is an optional extra, so its writing counts only in `withOptionalMinutes`.
 *
 * Pure: it takes the shape of a questionnaire, not the content module.
 */

export const WORDS_PER_MINUTE = 200;
export const SECONDS_PER_RATING = 5;
export const SECONDS_PER_STEP = 5;
export const SECONDS_PER_WRITTEN_ANSWER = 75;

interface Labelled {
  label: string;
}

export interface EstimatedItem {
  type: string;
  text: string;
  hint?: string;
  options?: readonly Labelled[];
}

export interface EstimatedQuestionnaire {
  title: string;
  summary: string;
  scale?: { question: string; options: readonly Labelled[] };
  pairedScale?: { question: string; aimLabel: string; actualLabel: string; options: readonly Labelled[] };
  sections: ReadonlyArray<{ title: string; summary: string; challengePrompt?: string; items: readonly EstimatedItem[] }>;
}

export interface TimeEstimate {
  /** Seconds to read, rate, choose and write the instrument's own written answers. */
  seconds: number;
  /** Further seconds if every optional challenge prompt is answered in writing. */
  optionalSeconds: number;
  /** `seconds` as a figure to state (see `toStatedMinutes`). */
  minutes: number;
  /** With the optional writing too, in whole minutes. */
  withOptionalMinutes: number;
}

/** The number of words in some text: runs of characters between spaces. */
export function countWords(...texts: ReadonlyArray<string | undefined>): number {
  return texts.reduce((sum, text) => sum + (text?.split(/\s+/).filter(Boolean).length ?? 0), 0);
}

function labels(options: readonly Labelled[]): string[] {
  return options.map((option) => option.label);
}

function itemSeconds(item: EstimatedItem): number {
  if (item.type === 'paired') return 2 * SECONDS_PER_RATING;
  if (item.type === 'text') return SECONDS_PER_WRITTEN_ANSWER;
  return SECONDS_PER_RATING;
}

/** Whole minutes up to 10 (at least 1); beyond that, to the nearest 5, since "about 23 minutes" claims a precision no one has. */
export function toStatedMinutes(seconds: number): number {
  const minutes = seconds / 60;
  return minutes <= 10 ? Math.max(1, Math.round(minutes)) : 5 * Math.round(minutes / 5);
}

/** The time a questionnaire takes by the rule above. */
export function estimateQuestionnaireTime(questionnaire: EstimatedQuestionnaire): TimeEstimate {
  const { scale, pairedScale } = questionnaire;
  let words = countWords(questionnaire.title, questionnaire.summary);
  let seconds = 0;
  let optionalSeconds = 0;
  for (const section of questionnaire.sections) {
    seconds += SECONDS_PER_STEP;
    words += countWords(section.title, section.summary, section.challengePrompt);
    if (scale && section.items.some((item) => item.type === 'scale')) words += countWords(scale.question, ...labels(scale.options));
    if (pairedScale && section.items.some((item) => item.type === 'paired')) {
      words += countWords(pairedScale.question, pairedScale.aimLabel, pairedScale.actualLabel, ...labels(pairedScale.options));
    }
    for (const item of section.items) {
      words += countWords(item.text, item.hint, ...labels(item.options ?? []));
      seconds += itemSeconds(item);
    }
    if (section.challengePrompt) optionalSeconds += SECONDS_PER_WRITTEN_ANSWER;
  }
  seconds += (words / WORDS_PER_MINUTE) * 60;
  return { seconds, optionalSeconds, minutes: toStatedMinutes(seconds), withOptionalMinutes: toStatedMinutes(seconds + optionalSeconds) };
}
