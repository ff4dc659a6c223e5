/**
 * Plays one practice: its safety line (when it has one) before and
 * throughout, how to do it without the screen before it starts, its steps as
 * an ordered list with the current one marked, Start / Pause / Resume / Stop
 * early, the time remaining, a breathing guide that runs only during the
 * steps marked `pacer` (nothing moves while settling in or returning), an
 * optional soft chime at the end, and then the practice log form. Used on its own route and inside
 * the weekly reflection, so it has no h1 (`compact` uses h3 headings and
 * leaves out the summary). The screen is kept awake while it runs.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Practice } from '../../content/practice-schema.ts';
import { pacerElapsedMs } from '../../domain/practice/pacer.ts';
import { secondsFrom } from '../../domain/practice/practice-log.ts';
import { formatPractisedTime } from '../../domain/practice/practice-time.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import { savePracticeLog } from '../../storage/repositories/practice-log-repo.ts';
import { Button } from '../../ui/button.tsx';
import type { Chime } from '../../ui/chime.ts';
import { createChime } from '../../ui/chime.ts';
import { Notice } from '../../ui/notice.tsx';
import { useReducedMotion } from '../../ui/use-reduced-motion.ts';
import { useWakeLock } from '../../ui/use-wake-lock.ts';
import { BreathGuide } from './breath-guide.tsx';
import { PracticeLogForm } from './practice-log-form.tsx';
import { usePractice } from './use-practices.ts';
import { usePracticeTimer } from './use-practice-timer.ts';

export interface PracticePlayerProps {
  practiceId: string;
  /** After the log form: the saved entry's id, or null for "Don't log this". */
  onLogged?: (logId: string | null) => void;
  /** Embedded in another flow: h3 headings, no summary. */
  compact?: boolean;
  /**
   * Told whether a practice is under way: true from Start until its log form
   * is saved or dismissed (running, paused, or ended with the form open), so
   * an embedding flow can keep from discarding it.
   */
  onActiveChange?: (active: boolean) => void;
}

export function PracticePlayer({ practiceId, onLogged, compact = false, onActiveChange }: PracticePlayerProps) {
  const practice = usePractice(practiceId);
  if (practice === undefined) return <p role="status">Loading the practice…</p>;
  if (practice === null) return <Notice tone="warning">This practice is not available on this device.</Notice>;
  return <PracticeSession key={practice.id} practice={practice} onLogged={onLogged} compact={compact} onActiveChange={onActiveChange} />;
}

/** m:ss, rounding up so the last second shows 0:01 until it is over. */
function clock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function PracticeSession({ practice, onLogged, compact, onActiveChange }: {
  practice: Practice;
  onLogged?: PracticePlayerProps['onLogged'];
  compact: boolean;
  onActiveChange?: PracticePlayerProps['onActiveChange'];
}) {
  const connection = useConnection();
  const readOnly = useSession((s) => s.readOnly);
  const reducedMotion = useReducedMotion();
  const [chimeOn, setChimeOn] = useState(false);
  const chime = useRef<Chime | null>(null);
  const [outcome, setOutcome] = useState<'saved' | 'not-logged' | null>(null);
  const timer = usePracticeTimer(practice.steps, () => {
    if (chimeOn) chime.current?.play();
  });
  const endHeading = useRef<HTMLHeadingElement>(null);
  const timerLabel = useId();
  const stepsLabel = useId();
  const endId = useId();
  const { phase } = timer;
  const started = phase !== 'ready';
  const ended = phase === 'complete' || phase === 'stopped';
  const current = started && !ended ? timer.progress.stepIndex : -1;
  const Heading = compact ? 'h3' : 'h2';

  useWakeLock(phase === 'running');

  const active = started && outcome === null;
  const reportActive = useRef(onActiveChange);
  useEffect(() => {
    reportActive.current = onActiveChange;
  });
  useEffect(() => {
    reportActive.current?.(active);
  }, [active]);
  useEffect(() => () => reportActive.current?.(false), []);

  useEffect(() => {
    if (ended) endHeading.current?.focus();
  }, [ended]);

  useEffect(() => {
    const ref = chime;
    return () => ref.current?.close();
  }, []);

  function prepareChime() {
    chime.current ??= createChime();
  }

  function begin() {
    if (chimeOn) prepareChime();
    timer.start();
  }

  function again() {
    setOutcome(null);
    timer.reset();
  }

  const primary =
    phase === 'ready' ? { label: 'Start', action: begin } : phase === 'running' ? { label: 'Pause', action: timer.pause } : { label: 'Resume', action: timer.resume };
  const step = practice.steps[timer.progress.stepIndex];
  const practised = secondsFrom(timer.elapsedMs);
  const paced = practice.breathing && started && !ended ? pacerElapsedMs(practice.steps, timer.elapsedMs) : null;

  return (
    <div className={`practice-player${compact ? ' practice-player--compact' : ''}`}>
      {!compact && <p>{practice.summary}</p>}
      {practice.safety && (
        <p className="practice-note practice-note--safety" role="note" aria-label="Safety">
          {practice.safety}
        </p>
      )}
      {!started && (
        <div className="practice-note" role="note" aria-label="Without the screen">
          <p className="practice-note__label">Without the screen</p>
          <p>{practice.stillGuidance}</p>
        </div>
      )}
      <p className="practice-timer">
        <span id={timerLabel}>Time remaining</span>{' '}
        <span role="timer" aria-labelledby={timerLabel} className="practice-timer__value">
          {clock(timer.progress.totalRemainingMs)}
        </span>
      </p>
      {practice.breathing && paced !== null && (
        <BreathGuide pace={practice.breathing} elapsedMs={paced} reducedMotion={reducedMotion} stillGuidance={practice.stillGuidance} />
      )}
      <div className="visually-hidden" aria-live="polite">
        {current >= 0 && step ? `Step ${current + 1} of ${practice.steps.length}: ${step.text}` : ''}
      </div>
      {!ended && (
        <>
          <div className="button-row">
            <Button onClick={primary.action}>{primary.label}</Button>
            {started && (
              <Button variant="secondary" onClick={timer.stop}>
                Stop early
              </Button>
            )}
          </div>
          <label className="check">
            <input
              type="checkbox"
              autoComplete="off"
              checked={chimeOn}
              onChange={(event) => {
                setChimeOn(event.target.checked);
                if (event.target.checked && started) prepareChime();
              }}
            />
            Play a soft chime at the end
          </label>
        </>
      )}
      {ended && (
        <section className="card practice-end" aria-labelledby={endId}>
          <Heading id={endId} ref={endHeading} tabIndex={-1}>
            {phase === 'complete' ? 'Practice complete' : 'Practice stopped'}
          </Heading>
          <p>
            {phase === 'complete'
              ? `You stayed with it to the end: ${formatPractisedTime(practised)}.`
              : `You practised for ${formatPractisedTime(practised)} before stopping. That still counts.`}
          </p>
          {outcome === null ? (
            <PracticeLogForm
              label="Log this practice"
              practice={practice}
              defaultSeconds={practised}
              readOnly={readOnly}
              onSave={async (entry) => {
                await savePracticeLog(connection, entry);
                setOutcome('saved');
                onLogged?.(entry.id);
              }}
              onDismiss={() => {
                setOutcome('not-logged');
                onLogged?.(null);
              }}
            />
          ) : (
            <>
              <p role="status">{outcome === 'saved' ? 'Saved to your practice log.' : 'Not logged.'}</p>
              <Button variant="secondary" onClick={again}>
                Practise again
              </Button>
            </>
          )}
        </section>
      )}
      <Heading id={stepsLabel} className="practice-steps__heading">
        Steps
      </Heading>
      <ol className="practice-steps" aria-labelledby={stepsLabel}>
        {practice.steps.map((s, index) => (
          <li key={index} aria-current={index === current ? 'step' : undefined}>
            {s.text}
          </li>
        ))}
      </ol>
    </div>
  );
}
