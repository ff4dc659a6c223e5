/**
 * Why a file was refused, in plain words for the person holding it. Every
 * message says what happened, that nothing was changed where that matters,
 * and what to do. `detail` names the place in the file (for tests and the
 * curious) and never holds anything the person wrote.
 */
import type { FileKind, RecordKind, Rejection, RejectionReason } from './file-types.ts';

const NOTHING_CHANGED = 'Nothing was changed.';

export const REJECTION_MESSAGES: Record<RejectionReason, string> = {
  'too-large': `This file is too large to be an Attune file (the largest Attune opens is 32 MB). ${NOTHING_CHANGED} Check that you chose the right file.`,
  'not-attune': `This is not a file Attune made, so it cannot be opened. ${NOTHING_CHANGED} Choose a file that Attune saved.`,
  truncated: `This file ends too soon: it may not have finished downloading or copying. ${NOTHING_CHANGED} Try copying or downloading the file again.`,
  'newer-format': `This file was made by a newer version of Attune: update Attune to open this file. ${NOTHING_CHANGED}`,
  'wrong-kind': `This Attune file is not the kind that can be opened here. ${NOTHING_CHANGED}`,
  'needs-passphrase': 'This file is protected with a passphrase. Enter the passphrase it was saved with to open it.',
  'wrong-passphrase': `That passphrase does not open this file. ${NOTHING_CHANGED} Check the passphrase and try again.`,
  damaged: `This file has been changed or damaged since it was saved, so it cannot be trusted. ${NOTHING_CHANGED} Try another copy of the file.`,
  'too-deep': `This file is not built the way Attune builds its files (it is nested far too deeply), so it was not opened. ${NOTHING_CHANGED}`,
  'forbidden-key': `This file holds something no Attune file holds, so it was not opened. ${NOTHING_CHANGED}`,
  'kdf-out-of-range': `This file's protection settings are outside what Attune accepts, so it was not opened. ${NOTHING_CHANGED} Ask for a new copy saved by Attune.`,
  'duplicate-ids': `This file holds two records that claim to be the same one, so it cannot be restored safely. ${NOTHING_CHANGED}`,
  'unknown-content': `This file holds answers to questions this copy of Attune does not have yet: update Attune to open this file. ${NOTHING_CHANGED}`,
  invalid: `Part of this file cannot be right, so it was not opened. ${NOTHING_CHANGED}`,
};

export function reject(reason: RejectionReason, detail?: string, message: string = REJECTION_MESSAGES[reason]): Rejection {
  return detail === undefined ? { reason, message } : { reason, message, detail };
}

/** What each kind of file is, and where it opens (the start of the message when one is opened in the wrong place). */
const WHAT_IT_IS: Record<FileKind, (expected: FileKind) => string> = {
  backup: (expected) => `This is a backup of a whole profile, not ${KIND_NAMES[expected]}. To restore it, use Back up and restore.`,
  share: () => 'This is a share for a coach. Open it in a coaching profile, under Coaching.',
  'coach-notes': () => 'This is a file of notes from a coach. Open it in the profile of the person they are for, under Share with a coach.',
};

const KIND_NAMES: Record<FileKind, string> = {
  backup: 'a backup',
  share: 'a share',
  'coach-notes': 'a file of notes from a coach',
};

/** 'wrong-kind': what the file is and where to open it ("This is a share for a coach. Open it in a coaching profile, under Coaching."). */
export function wrongKind(found: FileKind, expected: FileKind): Rejection {
  return reject('wrong-kind', `kind: ${found}`, `${WHAT_IT_IS[found](expected)} ${NOTHING_CHANGED}`);
}

/** One record of each kind in human words, with its article. */
export const RECORD_NAMES: Record<RecordKind, { one: string; a: string }> = {
  responses: { one: 'result', a: 'A result' },
  drafts: { one: 'unfinished questionnaire', a: 'An unfinished questionnaire' },
  intentions: { one: 'intention', a: 'An intention' },
  journal: { one: 'journal entry', a: 'A journal entry' },
  practiceLog: { one: 'practice log entry', a: 'A practice log entry' },
  weeklyReflections: { one: 'weekly reflection', a: 'A weekly reflection' },
  preferences: { one: 'preferences', a: 'The preferences' },
};

/** A coach's note, in the same words (a notes file's list). */
export const NOTE_NAMES = { one: 'note', a: 'A note' } as const;

/** 'duplicate-ids' for two records of one kind (or two notes in a notes file). */
export function duplicateIds(kind: RecordKind | 'notes', position: number): Rejection {
  const { one } = kind === 'notes' ? NOTE_NAMES : RECORD_NAMES[kind];
  return reject(
    'duplicate-ids',
    `${one} ${position + 1}: id used twice`,
    `This file lists one ${one} twice, so it cannot be opened safely. ${NOTHING_CHANGED}`,
  );
}

/** 'unknown-content' for a result or draft of a questionnaire version this app does not have. */
export function unknownContent(kind: 'responses' | 'drafts', position: number, questionnaireId: string, version: number): Rejection {
  return reject(
    'unknown-content',
    `${RECORD_NAMES[kind].one} ${position + 1}: ${questionnaireId} version ${version}`,
    `This file holds answers to a version of a questionnaire this copy of Attune does not have: update Attune to open this file. ${NOTHING_CHANGED}`,
  );
}
