/**
 * A practice timer as pure functions of wall-clock time. Nothing counts
 * ticks: the state records when the timer started and how long it has been
 * paused, and every reading is worked out from `now` (epoch ms, Date.now()),
 * so the timer keeps true time when the page is throttled in the background
 * or the screen dims. A UI only needs to re-read it on each frame or tick.
 *
 * Rules:
 * - pausing a paused timer, resuming a running one, or either on a timer not
 *   started changes nothing; a clock that goes backwards never makes elapsed
 *   time negative;
 * - steps run back to back; a step of 0 seconds is skipped; at exactly the
 *   end of a step the next one begins, and at the end of the last the
 *   practice is done (stepIndex stays on the last step);
 * - the breath pace cycles in → hold → out → rest, skipping phases of 0 seconds.
 */

export interface TimerState {
  /** Epoch ms when started; null before the timer is started. */
  startedAt: number | null;
  /** Epoch ms when paused; null while running. */
  pausedAt: number | null;
  /** Total ms spent paused before the current pause. */
  pausedTotal: number;
}

export const NOT_STARTED: TimerState = { startedAt: null, pausedAt: null, pausedTotal: 0 };

function requireTime(now: number): void {
  if (!Number.isFinite(now)) throw new RangeError(`Expected a time in ms; got ${now}.`);
}

export function start(now: number): TimerState {
  requireTime(now);
  return { startedAt: now, pausedAt: null, pausedTotal: 0 };
}

export function pause(state: TimerState, now: number): TimerState {
  requireTime(now);
  if (state.startedAt === null || state.pausedAt !== null) return state;
  return { ...state, pausedAt: now };
}

export function resume(state: TimerState, now: number): TimerState {
  requireTime(now);
  if (state.pausedAt === null) return state;
  return { ...state, pausedAt: null, pausedTotal: state.pausedTotal + Math.max(0, now - state.pausedAt) };
}

export function isPaused(state: TimerState): boolean {
  return state.startedAt !== null && state.pausedAt !== null;
}

/** Running time in ms: from the start to now (or to the pause), less time paused; never negative. */
export function elapsedMs(state: TimerState, now: number): number {
  requireTime(now);
  if (state.startedAt === null) return 0;
  const end = state.pausedAt ?? now;
  return Math.max(0, end - state.startedAt - state.pausedTotal);
}

export interface StepProgress {
  /** The step under way; the last step once done (−1 when there are no steps). */
  stepIndex: number;
  stepElapsedMs: number;
  stepRemainingMs: number;
  totalRemainingMs: number;
  done: boolean;
}

function toMs(seconds: number, what: string): number {
  if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`${what} must be a number of seconds ≥ 0; got ${seconds}.`);
  return Math.round(seconds * 1000);
}

/** Where a sequence of timed steps stands after `elapsed` ms of running time. */
export function progress(steps: ReadonlyArray<{ seconds: number }>, elapsed: number): StepProgress {
  requireTime(elapsed);
  const durations = steps.map((step, index) => toMs(step.seconds, `Step ${index + 1}`));
  const total = durations.reduce((sum, ms) => sum + ms, 0);
  const at = Math.max(0, elapsed);
  let stepStart = 0;
  for (const [index, duration] of durations.entries()) {
    if (at < stepStart + duration) {
      const stepElapsedMs = at - stepStart;
      return { stepIndex: index, stepElapsedMs, stepRemainingMs: duration - stepElapsedMs, totalRemainingMs: total - at, done: false };
    }
    stepStart += duration;
  }
  const last = durations.length - 1;
  return { stepIndex: last, stepElapsedMs: durations[last] ?? 0, stepRemainingMs: 0, totalRemainingMs: 0, done: true };
}

export interface BreathPace {
  inhaleSeconds: number;
  holdSeconds: number;
  exhaleSeconds: number;
  restSeconds: number;
}

export type BreathPhaseName = 'in' | 'hold' | 'out' | 'rest';

export interface BreathPhase {
  phase: BreathPhaseName;
  /** Whole seconds left in the phase, counting down, never below 1 (3, 2, 1, then the next phase). */
  secondsLeft: number;
  /** How far through the phase, from 0 at its start towards 1. */
  fraction: number;
  /** Whole breath cycles completed before this one. */
  cycle: number;
}

/** The breath phase after `elapsed` ms of running time. @throws RangeError when every phase is 0 seconds. */
export function breathPhase(pace: BreathPace, elapsed: number): BreathPhase {
  requireTime(elapsed);
  const phases: Array<[BreathPhaseName, number]> = (
    [
      ['in', toMs(pace.inhaleSeconds, 'Breathing in')],
      ['hold', toMs(pace.holdSeconds, 'Holding')],
      ['out', toMs(pace.exhaleSeconds, 'Breathing out')],
      ['rest', toMs(pace.restSeconds, 'Resting')],
    ] as Array<[BreathPhaseName, number]>
  ).filter(([, ms]) => ms > 0);
  const cycleMs = phases.reduce((sum, [, ms]) => sum + ms, 0);
  if (cycleMs === 0) throw new RangeError('A breath pace needs at least one phase longer than 0 seconds.');

  const at = Math.max(0, elapsed);
  const cycle = Math.floor(at / cycleMs);
  let within = at - cycle * cycleMs;
  for (const [phase, ms] of phases) {
    if (within < ms) return { phase, secondsLeft: Math.max(1, Math.ceil((ms - within) / 1000)), fraction: within / ms, cycle };
    within -= ms;
  }
  // Unreachable: within < cycleMs, the sum of the phases.
  const [phase] = phases[phases.length - 1] as [BreathPhaseName, number];
  return { phase, secondsLeft: 1, fraction: 1, cycle };
}
