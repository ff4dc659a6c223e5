/**
 * The shapes of coaching: what a leader chooses to share with a coach (the
 * scope), the body of a share file and of a coach's notes file, and what the
 * coach's app keeps about each coachee. Files use the common envelope
 * (src/domain/files): a share is kind 'share', notes are kind 'coach-notes'.
 *
 * Identity: every leader profile has one stable random `linkId` (kept in its
 * Preferences, so a backup carries it), written into every share. The coach's
 * app recognises the next share from the same person by it, never by name.
 * Every share has its own random `shareId`. A coach's notes file names the
 * linkId it is for, so a leader's app refuses notes meant for someone else.
 *
 * A coach's app keeps only the newest share of each coachee (a newer share
 * replaces the records of the older one, so a leader who narrows what they
 * share narrows what the coach holds); it remembers every shareId it has
 * seen and every one withdrawn, so a withdrawn or older file is never taken
 * in again (decision 0028).
 */
import type { BackupRecords } from '../files/file-types.ts';

/** Which reflections go: none, their scores only (written answers and notes left out), or with written answers. */
export type ReflectionScope = 'none' | 'scores' | 'with-answers';

/** Which journal entries go: none, only those marked "share with my coach", or every entry in the date range. */
export type JournalScope = 'none' | 'tagged' | 'in-range';

export interface ShareScope {
  reflections: ReflectionScope;
  journal: JournalScope;
  /** Intentions with their outcomes (follow-ups). */
  intentions: boolean;
  /** The practice log (minutes, practice titles and notes). */
  practice: boolean;
  /** First local date included (YYYY-MM-DD), or null for from the first record. Applies to every kind. */
  from: string | null;
  /** Last local date included (YYYY-MM-DD), or null for up to today. */
  to: string | null;
}

/** What a first share offers: scores, tagged journal entries, intentions and practice, all dates. */
export const DEFAULT_SHARE_SCOPE: ShareScope = { reflections: 'scores', journal: 'tagged', intentions: true, practice: true, from: null, to: null };

/**
 * The records of a share: the backup's record kinds, with drafts and
 * preferences always empty (never shared). Weekly reflections go with
 * reflections (not 'none'): the "weeks reflected" chart needs them.
 */
export type ShareRecords = BackupRecords;

/** The record kinds a share can hold. */
export const SHARED_KINDS = ['responses', 'journal', 'intentions', 'practiceLog', 'weeklyReflections'] as const;
export type SharedKind = (typeof SHARED_KINDS)[number];

/** The body of a 'share' file. */
export interface ShareBody {
  /** The leader profile's stable random link id (a UUID). */
  linkId: string;
  /** This share's own random id (a UUID). */
  shareId: string;
  /** The name the leader offers the coach (the coach may call them something else). */
  leaderName: string;
  /** The leader's IANA time zone, so their dates read as they meant them. */
  timeZone: string;
  scope: ShareScope;
  records: ShareRecords;
  /** Earlier shares (their shareIds) the leader asks the coach's app to remove. */
  withdraw: string[];
}

/** A coach's private note: about the coachee in general (responseId null) or about one of their results. */
export interface CoachNote {
  id: string;
  /** The coachee (their linkId). */
  linkId: string;
  responseId: string | null;
  text: string;
  createdAt: string;
  updatedAt: string;
}

/** The body of a 'coach-notes' file: the notes a coach chose to send back. */
export interface CoachNotesBody {
  /** The coachee they are for. */
  linkId: string;
  coachName: string;
  notes: Array<Omit<CoachNote, 'linkId'>>;
}

/** A coach's note as a leader keeps it, read-only, beside their own results. */
export interface CoachComment {
  /** The note's id in the coach's app (a later file with the same id replaces it). */
  id: string;
  coachName: string;
  responseId: string | null;
  text: string;
  /** When the coach last changed it. */
  updatedAt: string;
  /** When the leader kept it. */
  receivedAt: string;
}

/** What a share covers, in a line: counts by kind and the dates they span. */
export interface ShareCovers {
  counts: Record<SharedKind, number>;
  /** Earliest and latest local dates among the records, or null when there are none. */
  from: string | null;
  to: string | null;
  /** Whether written answers came with the reflections. */
  writtenAnswers: boolean;
}

/** What a newer share brings that the one before did not (by record id), and what it no longer has. */
export interface WhatIsNew {
  added: Record<SharedKind, number>;
  /** Records of the one before that the newer share no longer holds. */
  gone: Record<SharedKind, number>;
}

/** A coachee as the coach's list shows them (kept in the coach profile, so the list opens without opening any coachee). */
export interface CoacheeSummary {
  linkId: string;
  /** The name the coach chose (the leader's offered name at first). */
  displayName: string;
  addedAt: string;
  latestShareId: string;
  /** The newest share's exportedAt. */
  latestShareAt: string;
  /** When the coach's app took it in. */
  receivedAt: string;
  covers: ShareCovers;
  /** Against the share before it; null for the first. */
  whatIsNew: WhatIsNew | null;
}
