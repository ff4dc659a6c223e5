import { describe, expect, it } from 'vitest';
import { breathPhase, elapsedMs, isPaused, NOT_STARTED, pause, progress, resume, start } from './timer.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const T0 = 1_772_000_000_000; // an arbitrary epoch ms

describe('the timer state', () => {
  it('counts wall-clock time from the start', () => {
    const state = start(T0);
    expect(state).toEqual({ startedAt: T0, pausedAt: null, pausedTotal: 0 });
    expect(elapsedMs(state, T0)).toBe(0);
    expect(elapsedMs(state, T0 + 5 * SECOND)).toBe(5 * SECOND);
  });

  it('stands still while paused, however long, and carries on after resuming (a 10-minute pause)', () => {
    const paused = pause(start(T0), T0 + 10 * SECOND);
    expect(isPaused(paused)).toBe(true);
    expect(elapsedMs(paused, T0 + 10 * SECOND + 10 * MINUTE)).toBe(10 * SECOND);
    const resumed = resume(paused, T0 + 10 * SECOND + 10 * MINUTE);
    expect(resumed).toEqual({ startedAt: T0, pausedAt: null, pausedTotal: 10 * MINUTE });
    // 5 s after resuming: 10 s before the pause and 5 s after it.
    expect(elapsedMs(resumed, T0 + 15 * SECOND + 10 * MINUTE)).toBe(15 * SECOND);
  });

  it('adds up several pauses', () => {
    let state = start(T0);
    state = pause(state, T0 + 10 * SECOND);
    state = resume(state, T0 + 40 * SECOND); // 30 s paused
    state = pause(state, T0 + 50 * SECOND);
    state = resume(state, T0 + 60 * SECOND); // 10 s paused
    expect(state.pausedTotal).toBe(40 * SECOND);
    expect(elapsedMs(state, T0 + 100 * SECOND)).toBe(60 * SECOND);
  });

  it('ignores pausing a paused timer, resuming a running one, and both before a start', () => {
    const paused = pause(start(T0), T0 + SECOND);
    expect(pause(paused, T0 + 9 * SECOND)).toBe(paused);
    const running = start(T0);
    expect(resume(running, T0 + SECOND)).toBe(running);
    expect(pause(NOT_STARTED, T0)).toBe(NOT_STARTED);
    expect(resume(NOT_STARTED, T0)).toBe(NOT_STARTED);
    expect(elapsedMs(NOT_STARTED, T0)).toBe(0);
    expect(isPaused(NOT_STARTED)).toBe(false);
  });

  it('never goes negative when the clock goes backwards', () => {
    expect(elapsedMs(start(T0), T0 - 5 * SECOND)).toBe(0);
    // Resumed "before" it was paused: no pause time is added.
    expect(resume(pause(start(T0), T0 + 10 * SECOND), T0 + 5 * SECOND).pausedTotal).toBe(0);
  });

  it('rejects a time that is not a number', () => {
    expect(() => start(Number.NaN)).toThrow(RangeError);
    expect(() => elapsedMs(start(T0), Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('progress through steps', () => {
  const steps = [{ seconds: 60 }, { seconds: 120 }, { seconds: 30 }]; // 210 s in all

  it('is at the start of the first step at 0', () => {
    expect(progress(steps, 0)).toEqual({ stepIndex: 0, stepElapsedMs: 0, stepRemainingMs: 60_000, totalRemainingMs: 210_000, done: false });
  });

  it('moves to the next step exactly at the end of one', () => {
    expect(progress(steps, 59_999)).toMatchObject({ stepIndex: 0, stepRemainingMs: 1 });
    expect(progress(steps, 60_000)).toEqual({ stepIndex: 1, stepElapsedMs: 0, stepRemainingMs: 120_000, totalRemainingMs: 150_000, done: false });
  });

  it('works out the step from running time alone (200 s: 20 s into the third step)', () => {
    expect(progress(steps, 200_000)).toEqual({ stepIndex: 2, stepElapsedMs: 20_000, stepRemainingMs: 10_000, totalRemainingMs: 10_000, done: false });
  });

  it('is done at the end of the last step and after, staying on the last step', () => {
    const done = { stepIndex: 2, stepElapsedMs: 30_000, stepRemainingMs: 0, totalRemainingMs: 0, done: true };
    expect(progress(steps, 210_000)).toEqual(done);
    expect(progress(steps, 999_999)).toEqual(done);
  });

  it('skips a step of 0 seconds', () => {
    expect(progress([{ seconds: 30 }, { seconds: 0 }, { seconds: 30 }], 30_000)).toMatchObject({ stepIndex: 2, stepElapsedMs: 0 });
  });

  it('is done at once with no steps', () => {
    expect(progress([], 0)).toEqual({ stepIndex: -1, stepElapsedMs: 0, stepRemainingMs: 0, totalRemainingMs: 0, done: true });
  });

  it('rejects a step with negative or no seconds', () => {
    expect(() => progress([{ seconds: -1 }], 0)).toThrow(RangeError);
    expect(() => progress([{ seconds: Number.NaN }], 0)).toThrow(RangeError);
  });

  it('catches up after 10 minutes in the background: done for a 3½-minute practice', () => {
    const state = start(T0);
    // The page was hidden 90 s in; the next frame comes 10 minutes later.
    expect(progress(steps, elapsedMs(state, T0 + 90 * SECOND + 10 * MINUTE))).toMatchObject({ done: true, stepIndex: 2 });
  });

  it('catches up after 10 minutes in the background: the right step of a 15-minute practice', () => {
    const long = [{ seconds: 300 }, { seconds: 300 }, { seconds: 300 }];
    // 90 s + 10 min = 690 s: 90 s into the third step.
    expect(progress(long, elapsedMs(start(T0), T0 + 90 * SECOND + 10 * MINUTE))).toEqual({
      stepIndex: 2,
      stepElapsedMs: 90_000,
      stepRemainingMs: 210_000,
      totalRemainingMs: 210_000,
      done: false,
    });
  });

  it('does not count a long pause (paused at 50 s for 10 minutes; 50 s later is 100 s: 40 s into step 2)', () => {
    const state = resume(pause(start(T0), T0 + 50 * SECOND), T0 + 50 * SECOND + 10 * MINUTE);
    expect(progress(steps, elapsedMs(state, T0 + 100 * SECOND + 10 * MINUTE))).toMatchObject({ stepIndex: 1, stepElapsedMs: 40_000 });
  });
});

describe('breathPhase', () => {
  const fourSevenEight = { inhaleSeconds: 4, holdSeconds: 7, exhaleSeconds: 8, restSeconds: 0 }; // 19 s a breath

  it('starts breathing in, counting down whole seconds', () => {
    expect(breathPhase(fourSevenEight, 0)).toEqual({ phase: 'in', secondsLeft: 4, fraction: 0, cycle: 0 });
    expect(breathPhase(fourSevenEight, 1_500)).toEqual({ phase: 'in', secondsLeft: 3, fraction: 0.375, cycle: 0 });
    // 2.3 s left still shows 3: the count only drops when a whole second has gone.
    expect(breathPhase(fourSevenEight, 1_700)).toMatchObject({ phase: 'in', secondsLeft: 3 });
    expect(breathPhase(fourSevenEight, 3_999)).toMatchObject({ phase: 'in', secondsLeft: 1 });
  });

  it('moves through hold and out at the phase boundaries', () => {
    expect(breathPhase(fourSevenEight, 4_000)).toEqual({ phase: 'hold', secondsLeft: 7, fraction: 0, cycle: 0 });
    expect(breathPhase(fourSevenEight, 11_000)).toEqual({ phase: 'out', secondsLeft: 8, fraction: 0, cycle: 0 });
    expect(breathPhase(fourSevenEight, 18_999)).toEqual({ phase: 'out', secondsLeft: 1, fraction: 7_999 / 8_000, cycle: 0 });
  });

  it('skips a rest of 0 seconds and starts the next breath', () => {
    expect(breathPhase(fourSevenEight, 19_000)).toEqual({ phase: 'in', secondsLeft: 4, fraction: 0, cycle: 1 });
  });

  it('finds the phase after 10 minutes (600 s = 31 breaths of 19 s and 11 s: the start of out)', () => {
    expect(breathPhase(fourSevenEight, 10 * MINUTE)).toEqual({ phase: 'out', secondsLeft: 8, fraction: 0, cycle: 31 });
  });

  it('includes a rest when it has one (box breathing, 12.5 s: half a second into rest)', () => {
    const box = { inhaleSeconds: 4, holdSeconds: 4, exhaleSeconds: 4, restSeconds: 4 };
    expect(breathPhase(box, 12_500)).toEqual({ phase: 'rest', secondsLeft: 4, fraction: 0.125, cycle: 0 });
  });

  it('skips a hold of 0 seconds, and rounds part-seconds up', () => {
    const pace = { inhaleSeconds: 5.5, holdSeconds: 0, exhaleSeconds: 5.5, restSeconds: 0 };
    expect(breathPhase(pace, 0)).toMatchObject({ phase: 'in', secondsLeft: 6 });
    expect(breathPhase(pace, 5_500)).toMatchObject({ phase: 'out', secondsLeft: 6, fraction: 0 });
  });

  it('rejects a pace with no time in it, or a negative phase', () => {
    expect(() => breathPhase({ inhaleSeconds: 0, holdSeconds: 0, exhaleSeconds: 0, restSeconds: 0 }, 0)).toThrow(RangeError);
    expect(() => breathPhase({ ...fourSevenEight, holdSeconds: -1 }, 0)).toThrow(RangeError);
  });
});
