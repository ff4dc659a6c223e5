/**
 * The paced-breathing guide: a circle that grows on the in-breath and
 * shrinks on the out-breath, with the phase and its count in words
 * ("Breathe in · 3"). With reduced motion there is no moving circle, only
 * the still guidance and the words.
 */
import type { BreathPace } from '../../content/practice-schema.ts';
import type { BreathPhaseName } from '../../domain/practice/timer.ts';
import { breathPhase } from '../../domain/practice/timer.ts';

const PHASE_WORDS: Record<BreathPhaseName, string> = {
  in: 'Breathe in',
  hold: 'Hold',
  out: 'Breathe out',
  rest: 'Rest',
};

const SMALLEST = 0.45;

/** The circle's scale: small at rest, growing to full on the in-breath, full while holding, shrinking on the out-breath. */
function scaleFor(phase: BreathPhaseName, fraction: number): number {
  const grown = phase === 'in' ? fraction : phase === 'hold' ? 1 : phase === 'out' ? 1 - fraction : 0;
  return SMALLEST + (1 - SMALLEST) * grown;
}

export interface BreathGuideProps {
  pace: BreathPace;
  elapsedMs: number;
  reducedMotion: boolean;
  stillGuidance: string;
}

export function BreathGuide({ pace, elapsedMs, reducedMotion, stillGuidance }: BreathGuideProps) {
  const breath = breathPhase(pace, elapsedMs);
  return (
    <div className="breath-guide">
      {reducedMotion ? (
        <p className="breath-guide__still">{stillGuidance}</p>
      ) : (
        <div className="breath-guide__stage" aria-hidden="true">
          <div className="breath-guide__circle" data-phase={breath.phase} style={{ transform: `scale(${scaleFor(breath.phase, breath.fraction).toFixed(3)})` }} />
        </div>
      )}
      <p className="breath-guide__phase">
        {`${PHASE_WORDS[breath.phase]} · ${breath.secondsLeft}`}
      </p>
    </div>
  );
}
