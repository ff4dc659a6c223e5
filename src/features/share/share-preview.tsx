/**
 * "What will leave this device": exactly what the share file will hold, as
 * the storage helper found it for the chosen scope: counts by kind, the
 * dates, and the whole text of every journal entry included (plain text
 * only), so nothing leaves that the leader has not seen.
 */
import type { SharePreview } from '../../storage/sharing/share-types.ts';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';
import { PlainText } from '../../ui/text-area-field.tsx';
import { coversDates, coversLines } from './share-words.ts';

export function SharePreviewRegion({ preview, withdrawing }: { preview: SharePreview; withdrawing: number }) {
  const lines = coversLines(preview.covers);
  const dates = coversDates(preview.covers);
  return (
    <section className="card card--lead" aria-labelledby="share-preview-heading" tabIndex={-1} data-step-focus="">
      <h3 id="share-preview-heading">What will leave this device</h3>
      {lines.length === 0 ? (
        <p>Nothing matches these choices, so the file would hold no records.</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {dates && <p>{dates}.</p>}
      {preview.unreadable > 0 && (
        <p>
          {preview.unreadable} {preview.unreadable === 1 ? 'record' : 'records'} could not be read and will not be in the file.
        </p>
      )}
      {withdrawing > 0 && (
        <p>
          It also asks your coach’s app to remove {withdrawing === 1 ? 'the earlier share you ticked' : `the ${withdrawing} earlier shares you ticked`}.
        </p>
      )}
      <p>Your unfinished reflections and your preferences are never shared.</p>
      {preview.journal.length > 0 && (
        <>
          <h4>Journal entries, in full</h4>
          <ul className="answer-list">
            {preview.journal.map((entry) => (
              <li key={entry.id}>
                <p className="muted">{formatCalendarDate(entry.localDate)}</p>
                {entry.promptText && <PlainText text={entry.promptText} className="muted" />}
                <PlainText text={entry.text || '(No text)'} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
