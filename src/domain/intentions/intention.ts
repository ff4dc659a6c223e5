/**
 * Intentions close the reflection loop: after a result the leader chooses one
 * thing to try in the coming week, tied to an element; the next reflection
 * asks what became of it (done, partly, not yet, with a note).
 */
import type { ElementId } from '../elements/element-ids.ts';

export const OUTCOMES = ['done', 'partly', 'not-yet'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  done: 'Done',
  partly: 'Partly',
  'not-yet': 'Not yet',
};

export interface FollowUp {
  outcome: Outcome;
  note: string;
  answeredAt: string;
}

export interface Intention {
  id: string;
  createdAt: string;
  /** The element it is meant to strengthen; null when the leader chose none. */
  elementId: ElementId | null;
  text: string;
  /** Where the words came from: a suggested practice, the largest presence gap, or the leader's own. */
  source: 'practice' | 'focus' | 'own';
  /** The result it was chosen after, if any. */
  responseId: string | null;
  followUp: FollowUp | null;
}

/** The newest intention still waiting to be followed up, if any (intentions are passed newest first). */
export function awaitingFollowUp(intentions: readonly Intention[]): Intention | undefined {
  return intentions.find((intention) => intention.followUp === null);
}

/** A note is trimmed; an outcome must be one of the three. */
export function makeFollowUp(outcome: Outcome, note: string, now: Date): FollowUp {
  if (!OUTCOMES.includes(outcome)) throw new RangeError(`Unknown outcome ${String(outcome)}`);
  return { outcome, note: note.trim(), answeredAt: now.toISOString() };
}

/** Whole days from one instant to another, for "set 7 days ago". */
export function daysBetween(fromIso: string, to: Date): number {
  return Math.floor((to.getTime() - new Date(fromIso).getTime()) / 86_400_000);
}
