/** Logged practices, newest first, 20 at a time ("Show more" moves focus to the first newly shown one). */
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { ELEMENT_NAMES } from '../../domain/elements/element-ids.ts';
import type { PracticeLogEntry } from '../../domain/practice/practice-log.ts';
import { practisedSeconds } from '../../domain/practice/practice-log.ts';
import { formatPractisedTime } from '../../domain/practice/practice-time.ts';
import { Button } from '../../ui/button.tsx';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';
import { PlainText } from '../../ui/text-area-field.tsx';

export const PAGE_SIZE = 20;

export function PracticeLogList({ entries }: { entries: readonly PracticeLogEntry[] }) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const list = useRef<HTMLOListElement>(null);

  function showMore() {
    const first = shown;
    flushSync(() => setShown(first + PAGE_SIZE));
    (list.current?.children[first] as HTMLElement | undefined)?.focus();
  }

  if (entries.length === 0) return <p className="muted">Nothing logged yet. Practices you finish, or log below, appear here.</p>;
  return (
    <>
      <ol ref={list} className="instrument-list practice-log" aria-label="Logged practices, newest first">
        {entries.slice(0, shown).map((entry) => (
          <li key={entry.id} className="card" tabIndex={-1}>
            <p className="practice-log__line">
              <strong>{formatCalendarDate(entry.date)}</strong> · {entry.practiceTitle} · {formatPractisedTime(practisedSeconds(entry))}
            </p>
            <p className="muted">Helped: {entry.elementId ? ELEMENT_NAMES[entry.elementId] : 'not sure'}</p>
            {entry.note && <PlainText text={entry.note} />}
          </li>
        ))}
      </ol>
      {shown < entries.length && (
        <div className="button-row">
          <Button variant="secondary" onClick={showMore}>
            Show more
          </Button>
        </div>
      )}
    </>
  );
}
