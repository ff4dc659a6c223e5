/**
 * /practice — the guided practices, and the practice log: time practised in
 * all and this week (summed in seconds; older records count as their
 * minutes), every logged session newest first, and a form for a practice
 * done without the timer.
 */
import { useState } from 'react';
import { isLocalDate, weekOf } from '../../domain/weekly/weeks.ts';
import type { PracticeLogEntry } from '../../domain/practice/practice-log.ts';
import { practisedSeconds, totalSeconds } from '../../domain/practice/practice-log.ts';
import { formatPractisedTime } from '../../domain/practice/practice-time.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import { savePracticeLog } from '../../storage/repositories/practice-log-repo.ts';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';
import { Notice } from '../../ui/notice.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { today as todayLocal } from '../../ui/today.ts';
import { PracticeList } from './practice-list.tsx';
import { PracticeLogForm } from './practice-log-form.tsx';
import { PracticeLogList } from './practice-log-list.tsx';
import { usePracticeLog } from './use-practice-log.ts';
import { usePractices } from './use-practices.ts';

export function PracticeScreen() {
  useDocumentTitle('Practices');
  const connection = useConnection();
  const readOnly = useSession((s) => s.readOnly);
  const practices = usePractices();
  const log = usePracticeLog(connection);
  const [saved, setSaved] = useState<PracticeLogEntry | null>(null);
  const [thisWeek] = useState(() => weekOf(todayLocal()));

  return (
    <>
      <h1>Practices</h1>
      <p>Short mindfulness practices for a working day. Each one runs with a timer; the screen stays on while it does.</p>

      <section aria-labelledby="practices-heading">
        <h2 id="practices-heading">Guided practices</h2>
        {practices === undefined ? <p role="status">Loading the practices…</p> : <PracticeList practices={practices} />}
      </section>

      <section aria-labelledby="practice-log-heading">
        <h2 id="practice-log-heading">Your practice log</h2>
        {log === undefined ? (
          <p role="status">Loading your practice log…</p>
        ) : (
          <>
            <dl className="facts">
              <dt>In all</dt>
              <dd>{formatPractisedTime(totalSeconds(log.items))}</dd>
              <dt>This week</dt>
              <dd>{formatPractisedTime(totalSeconds(log.items.filter((e) => isLocalDate(e.date) && weekOf(e.date) === thisWeek)))}</dd>
            </dl>
            {log.unreadable > 0 && (
              <Notice tone="warning" title="Some practices could not be read">
                <p>{log.unreadable} logged practices have been altered or do not belong to this profile, so they are not shown or counted. Nothing has been deleted.</p>
              </Notice>
            )}
          </>
        )}

        <section className="card" aria-labelledby="manual-log-heading">
          <h3 id="manual-log-heading">Log a practice done without the timer</h3>
          {practices !== undefined && (
            <PracticeLogForm
              key={saved?.id ?? 'new'}
              label="Log a practice done without the timer"
              practices={practices}
              readOnly={readOnly}
              onSave={async (entry) => {
                await savePracticeLog(connection, entry);
                setSaved(entry);
              }}
            />
          )}
          <p role="status" className={saved ? undefined : 'visually-hidden'}>
            {saved ? `Saved to your practice log: ${saved.practiceTitle}, ${formatPractisedTime(practisedSeconds(saved))} on ${formatCalendarDate(saved.date)}.` : ''}
          </p>
        </section>

        {log !== undefined && (
          <>
            <h3>Logged practices</h3>
            <PracticeLogList entries={log.items} />
          </>
        )}
      </section>
    </>
  );
}
