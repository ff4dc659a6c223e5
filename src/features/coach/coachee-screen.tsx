/** /coach/:coacheeId — one coachee's read-only review. */
import type { CoachSlots } from './coach-slots.ts';

export function CoacheeScreen({ slots }: { slots: CoachSlots }) {
  void slots;
  return <h1>Coachee</h1>;
}
