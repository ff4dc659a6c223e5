/**
 * The plain statements of change, in words, with the widest presence gap
 * named. Only changes the domain judged well beyond how much the results
 * usually move are here (usual-movement.ts). Whether a change could be
 * stated at all is the domain's `changesEnough` (a change needs
 * MIN_RESULTS_FOR_CHANGE results of one series on the same questions, a
 * stricter need than a trend's): below it the section says "Not enough yet"
 * and what is needed; above it, with nothing stated, a calm line, never a
 * made-up change. The words say "results", not "weeks": a statement may
 * rest on self-assessments months apart.
 */
import { ELEMENT_NAMES } from '../../domain/elements/element-ids.ts';
import type { ProgressView } from '../../domain/progress/progress-types.ts';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';

const HOW_JUDGED = 'A change is named only when it is well beyond how much your results usually move from one to the next, and never across questions that changed.';

export function WhatHasChanged({ view }: { view: ProgressView }) {
  const { changes, changesEnough, gaps } = view;
  const need = changesEnough.need;
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
          <p className="muted">{HOW_JUDGED}</p>
        </>
      ) : changesEnough.enough ? (
        <>
          <p>No change stands out from the usual ups and downs of your results yet.</p>
          <p className="muted">{HOW_JUDGED}</p>
        </>
      ) : (
        <p>
          <strong>Not enough yet.</strong> A change is named only from at least {need} weekly pulses, {need} self-assessments or {need} presence checks on the
          same questions in this range; so far you have {changesEnough.have === 0 ? 'none' : `${changesEnough.have} of one kind`}.
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
