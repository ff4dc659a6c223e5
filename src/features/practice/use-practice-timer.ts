/**
 * Runs a practice's steps on the domain timer: time is read from the wall
 * clock (Date.now()) on a 250 ms tick and when the page becomes visible
 * again, so it stays right when the tab is throttled or the screen dims.
 * Phases: ready → running ⇄ paused → complete (the steps ran out) or
 * stopped (stopped early). `onComplete` runs once, from the tick that ends it.
 */
import { useEffect, useEffectEvent, useState } from 'react';
import type { StepProgress, TimerState } from '../../domain/practice/timer.ts';
import { elapsedMs, NOT_STARTED, pause, progress, resume, start } from '../../domain/practice/timer.ts';

export type TimerPhase = 'ready' | 'running' | 'paused' | 'complete' | 'stopped';

export interface PracticeTimer {
  phase: TimerPhase;
  /** Running time so far, never more than the practice's length. */
  elapsedMs: number;
  progress: StepProgress;
  start: () => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
  reset: () => void;
}

export const TICK_MS = 250;

export function usePracticeTimer(steps: ReadonlyArray<{ seconds: number }>, onComplete: () => void): PracticeTimer {
  const [phase, setPhase] = useState<TimerPhase>('ready');
  const [timer, setTimer] = useState<TimerState>(NOT_STARTED);
  const [now, setNow] = useState(0);
  const completed = useEffectEvent(onComplete);

  useEffect(() => {
    if (phase !== 'running') return;
    let finished = false;
    function tick() {
      if (finished) return;
      const at = Date.now();
      setNow(at);
      if (progress(steps, elapsedMs(timer, at)).done) {
        finished = true;
        setTimer(pause(timer, at));
        setPhase('complete');
        completed();
      }
    }
    const interval = setInterval(tick, TICK_MS);
    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      clearInterval(interval);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, [phase, timer, steps]);

  const total = steps.reduce((sum, step) => sum + step.seconds * 1000, 0);
  const elapsed = Math.min(total, elapsedMs(timer, now));

  function at(next: (t: number) => void) {
    return () => {
      const t = Date.now();
      setNow(t);
      next(t);
    };
  }

  return {
    phase,
    elapsedMs: elapsed,
    progress: progress(steps, elapsed),
    start: at((t) => {
      setTimer(start(t));
      setPhase('running');
    }),
    pause: at((t) => {
      setTimer(pause(timer, t));
      setPhase('paused');
    }),
    resume: at((t) => {
      setTimer(resume(timer, t));
      setPhase('running');
    }),
    stop: at((t) => {
      setTimer(pause(timer, t));
      setPhase('stopped');
    }),
    reset: () => {
      setTimer(NOT_STARTED);
      setNow(0);
      setPhase('ready');
    },
  };
}
