import type { ShareScope } from './coaching/coaching-types.ts';

/** A profile's own preferences for the weekly ritual, sealed with its records. */
export interface Preferences {
  id: 'preferences';
  /** 1 = Monday … 7 = Sunday: the day the weekly reflection is due. */
  dueWeekday: number;
  /** Hide the run of consecutive weeks (the total of weeks reflected is always kept). */
  hideStreak: boolean;
  /** The day and time last used for the calendar reminder file. */
  /** `uid` names the calendar event and `sequence` counts its versions, so a new download can update the same reminder. */
  reminder: { weekday: number; time: string; uid: string; sequence: number } | null;
  /** The range last chosen on the Progress screen; absent until one is chosen (then 'year'). */
  progressRange?: 'three-months' | 'year' | 'all' | 'last-year';
  /** Hide the calendar of weeks on the Progress screen (like hideStreak for the run of weeks). */
  hideWeeksCalendar?: boolean;
  /**
   * How many days may pass since the last backup before Today suggests one
   * (only while the browser's storage is not persistent): 7, 14 or 30, or 0
   * for never. Absent means DEFAULT_BACKUP_REMINDER_DAYS.
   */
  backupReminderDays?: number;
  /** The scope last used to share with a coach (coaching issue 14); absent until the first share. */
  shareScope?: ShareScope;
  /** This profile's stable random link id for shares with a coach, made at the first share. */
  coachLinkId?: string;
}

/** Every two weeks, unless the person chooses otherwise. */
export const DEFAULT_BACKUP_REMINDER_DAYS = 14;

/** The days between backup reminders for these preferences (0: never). */
export function backupReminderDays(preferences: Pick<Preferences, 'backupReminderDays'>): number {
  return preferences.backupReminderDays ?? DEFAULT_BACKUP_REMINDER_DAYS;
}

export const DEFAULT_PREFERENCES: Preferences = { id: 'preferences', dueWeekday: 5, hideStreak: false, reminder: null };
