/**
 * The storage side of sharing with a coach (the leader's app), as the
 * screens use it.
 */
import type { CoachComment, CoachNotesBody, ShareCovers, ShareScope } from '../../domain/coaching/coaching-types.ts';
import type { JournalEntry } from '../../domain/journal/entry.ts';
import type { OnProgress } from '../files/backup-types.ts';

export type { OnProgress };

/** Exactly what a share with this scope would hold, before the file is made. */
export interface SharePreview {
  scope: ShareScope;
  covers: ShareCovers;
  /** Every journal entry that would leave the device, whole (the screen shows their text). */
  journal: JournalEntry[];
  /** Records that could not be read (left out), by kind. */
  unreadable: number;
}

export interface MadeShare {
  blob: Blob;
  /** e.g. "attune-share-sam-2026-12-04.json" */
  fileName: string;
  shareId: string;
  covers: ShareCovers;
  encrypted: boolean;
}

/** A share this profile made and handed over (kept so a later share can ask for it to be withdrawn). */
export interface ShareMade {
  shareId: string;
  /** When it was made (ISO). */
  madeAt: string;
  covers: ShareCovers;
  /** Set once a later share asked for it to be withdrawn. */
  withdrawnBy?: string;
}

/** A coach's notes file, checked and ready for the leader to keep or not. */
export interface CoachNotesPreview {
  body: CoachNotesBody;
  /** Notes about results this profile no longer has (shown as general notes). */
  unknownResults: number;
  /** Notes already kept from an earlier file that this one would replace. */
  replacing: number;
}

export type { CoachComment };
