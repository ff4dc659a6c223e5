/** What the app hands the coachee review: parts owned by other features (app/coach-slots.tsx). */
import type { ComponentType } from 'react';
import type { ProgressRecords } from '../../domain/progress/progress-types.ts';
import type { AssessmentResponse } from '../../domain/questionnaire/response.ts';

export interface CoachSlots {
  /** The Progress dashboard (the same charts as the leader's own), read-only, for a coachee's records in their time zone. */
  Dashboard: ComponentType<{ records: ProgressRecords; timeZone: string }>;
  /** One result, read-only: its scores, feedback and (when shared) written answers. No links to take a reflection or edit. */
  Result: ComponentType<{ response: AssessmentResponse }>;
}
