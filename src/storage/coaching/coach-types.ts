/**
 * The storage side of a coach space (the coach's app), as the screens use it.
 */
import type { CoacheeSummary, CoachNote, ShareBody, ShareCovers, WhatIsNew } from '../../domain/coaching/coaching-types.ts';
import type { OnProgress } from '../files/backup-types.ts';

export type { OnProgress };

/** What opening a share would do, before anything is written. */
export type ShareImportPreview =
  | {
      /** A leader this coach space has not seen: it would be added (the coach names them). */
      outcome: 'new-coachee';
      leaderName: string;
      covers: ShareCovers;
      exportedAt: string;
    }
  | {
      /** A newer share from a known coachee: it would replace their older one. */
      outcome: 'update';
      coachee: CoacheeSummary;
      covers: ShareCovers;
      exportedAt: string;
      whatIsNew: WhatIsNew;
      /** Earlier shares of theirs the leader asks to be withdrawn (shareIds this space knows of). */
      withdraws: string[];
    }
  | {
      /** Nothing would change, and why (already here, older than the one here, or withdrawn by the leader). */
      outcome: 'refused';
      reason: 'already-here' | 'older' | 'withdrawn' | 'other-coachee';
      message: string;
    };

export interface ShareImportReport {
  coachee: CoacheeSummary;
  /** 'added' for a new coachee, 'updated' for a newer share. */
  outcome: 'added' | 'updated';
  whatIsNew: WhatIsNew | null;
  /** How many earlier snapshots were removed at the leader's request. */
  withdrawn: number;
}

/** One coachee's newest share, opened for the read-only review. */
export interface CoacheeReview {
  coachee: CoacheeSummary;
  share: Omit<ShareBody, 'withdraw'>;
  /** Records that could not be opened (left out of the review). */
  unreadable: number;
}

export interface MadeNotesFile {
  blob: Blob;
  /** e.g. "attune-coach-notes-for-sam-2026-12-04.json" */
  fileName: string;
  count: number;
  encrypted: boolean;
}

export type { CoachNote };

/** Why a coaching action was refused (its message can be shown as it is; nothing was changed). */
export type CoachingRefusal =
  | 'already-here'
  | 'older'
  | 'withdrawn'
  | 'other-coachee'
  | 'still-has-coachees'
  | 'no-such-coachee'
  | 'empty-name'
  | 'empty-note'
  | 'note-too-long'
  | 'no-notes-chosen'
  | 'no-coach-name';

/** A coaching action refused, with a plain message saying why; nothing was changed. */
export class CoachingError extends Error {
  readonly reason: CoachingRefusal;

  constructor(reason: CoachingRefusal, message: string) {
    super(message);
    this.name = 'CoachingError';
    this.reason = reason;
  }
}
