/**
 * /progress — how the active profile's leader has grown: the range choice
 * and remembered settings, the notes on changed questions, and the
 * dashboard (progress-dashboard.tsx), for this device's today and time zone.
 * Offline like every screen: the records are read from this device and the
 * charts' code is precached.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { shortTitleOf } from '../../content/catalogue.ts';
import type { ProgressContext } from '../../domain/progress/progress-types.ts';
import { RANGE_LABELS } from '../../domain/progress/range.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import { readProgressRecords } from '../../storage/repositories/progress-records.ts';
import { Button } from '../../ui/button.tsx';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';
import { Notice } from '../../ui/notice.tsx';
import { deviceTimeZone } from '../../ui/today.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useToday } from '../../ui/use-today.ts';
import { DashboardBoundary } from './dashboard-boundary.tsx';
import { ProgressDashboard } from './progress-dashboard.tsx';
import { RangeChoiceField } from './range-choice.tsx';
import { usePickedThen } from './use-picked-then.ts';
import { useRememberedChoices } from './use-remembered-choices.ts';
import { useProgressNotes } from './use-version-notes.ts';

function list(names: string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function ProgressScreen() {
  const connection = useConnection();
  const readOnly = useSession((s) => s.readOnly);
  const loaded = useLiveQuery(() => readProgressRecords(connection), [connection]);
  const notes = useProgressNotes();
  const choices = useRememberedChoices(connection, readOnly);
  const rangeLabel = RANGE_LABELS[choices.range];
  // The range is in the page's title too, which a browser prints at the top of each page and offers as the PDF's name.
  useDocumentTitle(choices.ready ? `Your progress, ${rangeLabel.toLowerCase()}` : 'Your progress');
  const [thenResponseId, setThenResponseId] = usePickedThen(choices.range, connection);
  // Looked at again when the page is shown, after midnight and when the records change, so a tab left open shows today's window.
  const date = useToday(loaded);
  const context = useMemo<ProgressContext | undefined>(
    () => (notes ? { today: date, timeZone: deviceTimeZone(), versionNotes: notes.versionNotes } : undefined),
    [notes, date],
  );

  const heading = (
    <>
      <h1>Your progress</h1>
      {context && choices.ready && (
        <p className="print-only progress__printed">
          {rangeLabel}, printed on {formatCalendarDate(context.today)}.
        </p>
      )}
    </>
  );
  if (!loaded || !context || !choices.ready) {
    return (
      <>
        {heading}
        <p role="status">Loading your progress…</p>
      </>
    );
  }
  const unavailable = notes?.unavailable.map((id) => shortTitleOf(id).toLowerCase()) ?? [];
  return (
    <>
      {heading}
      <p>How your leading has changed over time, from your pulses, self-assessments, presence checks, practice and weekly reflections.</p>
      <div className="button-row progress__actions">
        <Button variant="secondary" onClick={() => window.print()}>
          Print or save as PDF
        </Button>
      </div>
      {loaded.unreadable > 0 && (
        <Notice tone="warning" title="Some saved records could not be read">
          <p>
            {loaded.unreadable === 1
              ? '1 saved record has been altered or does not belong to this profile, so it is not shown.'
              : `${loaded.unreadable} saved records have been altered or do not belong to this profile, so they are not shown.`}{' '}
            Nothing has been deleted.
          </p>
        </Notice>
      )}
      {unavailable.length > 0 && (
        <Notice tone="warning" title="Some notes on changed questions could not be loaded">
          <p>
            What changed between the versions of the {list(unavailable)} could not be loaded, so no change is stated across those versions: where the
            questions changed, the results are not compared.
          </p>
        </Notice>
      )}
      {choices.error && <Notice tone="alert">{`Your choice applies now but could not be saved for next time. ${choices.error}`}</Notice>}
      <DashboardBoundary resetKey={choices.range} retry={<RangeChoiceField choice={choices.range} onChange={choices.setRange} />}>
        <ProgressDashboard
          records={loaded.records}
          context={context}
          choice={choices.range}
          onChoiceChange={choices.setRange}
          thenResponseId={thenResponseId}
          onPickThen={setThenResponseId}
          weeksHidden={choices.weeksHidden}
          onWeeksHiddenChange={choices.setWeeksHidden}
        />
      </DashboardBoundary>
    </>
  );
}
