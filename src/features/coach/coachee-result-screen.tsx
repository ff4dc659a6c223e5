/** /coach/:coacheeId/results/:responseId — one of a coachee's results, read-only, with the coach's private note. */
import type { CoachSlots } from './coach-slots.ts';

export function CoacheeResultScreen({ slots }: { slots: CoachSlots }) {
  void slots;
  return <h1>Result</h1>;
}
