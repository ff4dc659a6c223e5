/**
 * A coachee's Progress dashboard for the coach's review: the same dashboard
 * and charts as the leader's own, handed the coachee's records, read-only
 * (no invitation to take a reflection). Today and every date are the
 * coachee's, in their time zone. The range, the "then" of the radar and the
 * hidden calendar are this screen's own state and are saved nowhere: the
 * records are someone else's, and so are their preferences.
 */
import { useMemo, useState } from 'react';
import type { ProgressContext, ProgressRecords, RangeChoice } from '../../domain/progress/progress-types.ts';
import { localDate } from '../../domain/weekly/weeks.ts';
import { deviceTimeZone } from '../../ui/today.ts';
import { DashboardBoundary } from './dashboard-boundary.tsx';
import { ProgressDashboard } from './progress-dashboard.tsx';
import { RangeChoiceField } from './range-choice.tsx';
import { DEFAULT_RANGE } from './use-remembered-choices.ts';
import { useProgressNotes } from './use-version-notes.ts';

/** Today in `timeZone`, or on this device's calendar if the zone is not one this browser knows. */
function todayIn(timeZone: string): { today: string; timeZone: string } {
  try {
    return { today: localDate(new Date(), timeZone), timeZone };
  } catch {
    const zone = deviceTimeZone();
    return { today: localDate(new Date(), zone), timeZone: zone };
  }
}

export function CoacheeProgress({ records, timeZone }: { records: ProgressRecords; timeZone: string }) {
  const notes = useProgressNotes();
  const [range, setRange] = useState<RangeChoice>(DEFAULT_RANGE);
  // The pick of "then" holds only in the range it was made in, as on the leader's own Progress.
  const [picked, setPicked] = useState<{ range: RangeChoice; responseId: string }>();
  const [weeksHidden, setWeeksHidden] = useState(false);
  const context = useMemo<ProgressContext | undefined>(() => (notes ? { ...todayIn(timeZone), versionNotes: notes.versionNotes } : undefined), [notes, timeZone]);
  if (!context) return <p role="status">Loading the charts…</p>;
  return (
    <DashboardBoundary resetKey={range} retry={<RangeChoiceField choice={range} onChange={setRange} />}>
      <ProgressDashboard
        records={records}
        context={context}
        choice={range}
        onChoiceChange={setRange}
        thenResponseId={picked?.range === range ? picked.responseId : undefined}
        onPickThen={(responseId) => setPicked({ range, responseId })}
        weeksHidden={weeksHidden}
        onWeeksHiddenChange={setWeeksHidden}
        readOnly
      />
    </DashboardBoundary>
  );
}
