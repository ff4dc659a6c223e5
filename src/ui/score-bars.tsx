/**
 * Horizontal score bars (0–100) with the figures written out beside each bar;
 * the bars themselves are decorative, so a screen reader hears the text only.
 * Pair with a table of the same figures (see the results screen).
 */
import { useId } from 'react';

export interface ScoreBar {
  id: string;
  label: string;
  score: number | null;
  /** Shown instead of a score when there is none, e.g. "Incomplete". */
  emptyText?: string;
}

export function ScoreBars({ bars, caption }: { bars: readonly ScoreBar[]; caption: string }) {
  const captionId = useId();
  return (
    <figure className="score-bars" aria-labelledby={captionId}>
      <figcaption id={captionId} className="score-bars__caption">
        {caption}
      </figcaption>
      <ul className="score-bars__list">
        {bars.map((bar) => (
          <li key={bar.id} className="score-bars__row">
            <span className="score-bars__label">{bar.label}</span>
            <span className="score-bars__track" aria-hidden="true">
              {bar.score !== null && <span className="score-bars__fill" style={{ width: `${bar.score}%` }} />}
            </span>
            <span className="score-bars__value">
              {bar.score === null ? (bar.emptyText ?? 'No score') : `${bar.score} out of 100`}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
