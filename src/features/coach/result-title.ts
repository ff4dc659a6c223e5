/** A coachee's result as the review names it: "<questionnaire title>, <date>" (the date in the coachee's time zone). */
import { catalogue } from '../../content/catalogue.ts';
import type { AssessmentResponse } from '../../domain/questionnaire/response.ts';
import { localDate } from '../../domain/weekly/weeks.ts';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';
import { formatDate } from '../../ui/format.ts';

export function questionnaireTitle(questionnaireId: string): string {
  return catalogue.find((entry) => entry.id === questionnaireId)?.title ?? questionnaireId;
}

/** The day of an instant on the coachee's calendar; on this device's if their zone is unknown here. */
export function dayIn(instant: string, timeZone: string): string {
  try {
    return formatCalendarDate(localDate(new Date(instant), timeZone));
  } catch {
    return formatDate(instant);
  }
}

export function resultTitle(response: AssessmentResponse, timeZone: string): string {
  return `${questionnaireTitle(response.questionnaireId)}, ${dayIn(response.completedAt, timeZone)}`;
}
