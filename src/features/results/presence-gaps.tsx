/** For a presence check: names the largest gap between aim and actual, and suggests it as next week's focus. */
import type { ResponseScore } from '../../domain/scoring/score-response.ts';
import { largestGap } from '../../domain/scoring/score-response.ts';

export function PresenceGaps({ score, sectionTitle }: { score: ResponseScore; sectionTitle: (id: string) => string }) {
  if (!score.sections.some((s) => s.scoring === 'gap')) return null;
  const largest = largestGap(score);
  return (
    <section className="card" aria-labelledby="largest-gap-heading">
      <h2 id="largest-gap-heading">Your largest gap</h2>
      {largest === undefined ? (
        <p>Rate more behaviours on both sides to see where your gaps are.</p>
      ) : (largest.score ?? 0) <= 0 ? (
        <p>This week you led at or above your aim in every element you rated. Notice what made that possible.</p>
      ) : (
        <p>
          The widest gap between how you aim to lead and how you led this week is in{' '}
          <strong>{sectionTitle(largest.sectionId)}</strong>: {largest.score} points (aim {largest.aim}, actual{' '}
          {largest.actual}). It could be your focus for next week.
        </p>
      )}
    </section>
  );
}
