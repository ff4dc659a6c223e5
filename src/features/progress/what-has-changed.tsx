/**
 * The plain statements of change, in words, with the widest presence gap
 * named. Only changes the domain judged larger than the usual week-to-week
 * movement are here; below the minimum it says "Not enough yet" and what is
 * needed, and otherwise a calm line, never a made-up trend.
 */
import { ELEMENT_NAMES } from '../../domain/elements/element-ids.ts';
import type { ProgressView } from '../../domain/progress/progress-types.ts';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';

function results(n: number): string {
  return n === 1 ? '1 result' : `${n} results`;
}

export function WhatHasChanged({ view }: { view: ProgressView }) {
  const { changes, trend, gaps } = view;
  return (
    <section aria-labelledby="what-has-changed-heading">
      <h2 id="what-has-changed-heading">What has changed</h2>
      {changes.length > 0 ? (
        <>
          <ul className="progress__changes">
            {changes.map((change) => (
              <li key={`${change.subject.kind}-${'seriesId' in change.subject ? change.subject.seriesId : change.subject.elementId}-${change.basis}`}>
                {change.text}
              </li>
            ))}
          </ul>
          <p className="muted">
            A change is named only when it is larger than the usual week-to-week movement of that score, and never across questions that changed.
          </p>
        </>
      ) : trend.enough.enough ? (
        <p>No change larger than your usual week-to-week movement yet.</p>
      ) : (
        <p>
          <strong>Not enough yet.</strong> A trend needs at least {results(trend.enough.need)} in this range; you have {trend.enough.have}.
        </p>
      )}
      {gaps.widest && gaps.widest.gap > 0 && (
        <p>
          Your widest presence gap is in {ELEMENT_NAMES[gaps.widest.elementId].toLowerCase()}: {gaps.widest.gap}{' '}
          {gaps.widest.gap === 1 ? 'point' : 'points'} between how you aim to lead and how you led, in your presence check of{' '}
          {formatCalendarDate(gaps.widest.date)}.
        </p>
      )}
    </section>
  );
}
