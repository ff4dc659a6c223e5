/**
 * When the breathing guide runs: only during steps marked `pacer`, never
 * while settling in or returning. Its rhythm counts only the time spent in
 * pacer steps, so it starts on a fresh in-breath when the first one begins
 * and carries on unbroken across pacer steps that follow each other.
 */
import { progress } from './timer.ts';

export interface PacedStep {
  seconds: number;
  pacer?: boolean;
}

/**
 * The running time, in ms, spent in pacer steps after `elapsed` ms of the
 * practice; null when the step under way has no pacer (or the practice is done).
 */
export function pacerElapsedMs(steps: readonly PacedStep[], elapsed: number): number | null {
  const now = progress(steps, elapsed);
  const step = steps[now.stepIndex];
  if (now.done || !step?.pacer) return null;
  const before = steps.slice(0, now.stepIndex).reduce((sum, s) => sum + (s.pacer ? s.seconds * 1000 : 0), 0);
  return before + now.stepElapsedMs;
}
