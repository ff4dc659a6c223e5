/**
 * The Progress dashboard for one profile's records, one range at a time.
 * Pure props: it reads no storage and writes nothing, so the coach's review
 * space can hand it a coachee's records (readOnly) as the Progress screen
 * hands it the leader's own. All the figures come from buildProgressView;
 * the text, the statements of change, the period summary and every chart's
 * table are on screen before any chart is drawn (ChartDrawQueue draws them
 * one per task afterwards).
 */
import { useEffect, useMemo } from 'react';
import type { ProgressContext, ProgressRecords, RangeChoice } from '../../domain/progress/progress-types.ts';
import { CHARTED_QUESTIONNAIRES } from '../../domain/progress/progress-types.ts';
import { buildProgressView } from '../../domain/progress/progress-view.ts';
import { RANGE_LABELS } from '../../domain/progress/range.ts';
import { PROGRESS_MARKS } from '../../ui/charts/chart-names.ts';
import { ChartDrawQueue, GapChart, PracticeChart, ThenNowRadar, TrendChart, WeeksCalendar } from '../../ui/charts/index.ts';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';
import { FirstTime } from './first-time.tsx';
import { PeriodSummaryTable } from './period-summary.tsx';
import { RangeChoiceField } from './range-choice.tsx';
import { WhatHasChanged } from './what-has-changed.tsx';

const CHARTED = new Set(CHARTED_QUESTIONNAIRES);

export interface ProgressDashboardProps {
  records: ProgressRecords;
  /** Should be stable across renders (the view is worked out again when it changes). */
  context: ProgressContext;
  choice: RangeChoice;
  onChoiceChange: (choice: RangeChoice) => void;
  /** The self-assessment drawn as "then" on the radar; undefined for the default. */
  thenResponseId: string | undefined;
  onPickThen: (responseId: string) => void;
  weeksHidden: boolean;
  onWeeksHiddenChange: (hidden: boolean) => void;
  /** Someone else's records (a coachee's): no invitations to take a reflection. */
  readOnly?: boolean;
}

/** Whether the records hold anything the dashboard draws. */
export function hasProgress(records: ProgressRecords): boolean {
  return (
    records.responses.some((r) => CHARTED.has(r.questionnaireId)) || records.practice.length > 0 || records.weekly.some((w) => w.completedAt !== null)
  );
}

function windowText(from: string | null, to: string): string {
  return from === null ? `from your first record to ${formatCalendarDate(to)}` : `${formatCalendarDate(from)} to ${formatCalendarDate(to)}`;
}

export function ProgressDashboard(props: ProgressDashboardProps) {
  const { records, context, choice, thenResponseId, readOnly = false } = props;
  const anything = hasProgress(records);
  const view = useMemo(
    () => (anything ? buildProgressView(records, context, choice, thenResponseId === undefined ? {} : { thenResponseId }) : null),
    [anything, records, context, choice, thenResponseId],
  );
  // Marked once the summaries are on screen: not for the first-time screen, which has none.
  const shown = view !== null;
  useEffect(() => {
    if (shown) performance.mark?.(PROGRESS_MARKS.summaries);
  }, [shown]);

  if (!view) return <FirstTime readOnly={readOnly} />;
  const label = RANGE_LABELS[choice];
  return (
    <div className="progress">
      <RangeChoiceField choice={choice} onChange={props.onChoiceChange} />
      <p className="progress__window">
        <strong>{label}</strong>: {windowText(view.window.from, view.window.to)}.
      </p>
      <WhatHasChanged view={view} />
      <PeriodSummaryTable summaries={view.summaries} rangeLabel={label} />
      <ChartDrawQueue>
        <TrendChart view={view.trend} />
        <ThenNowRadar view={view.radar} onPickThen={props.onPickThen} />
        <GapChart view={view.gaps} />
        <PracticeChart view={view.practice} />
        <WeeksCalendar view={view.weeks} hidden={props.weeksHidden} onHiddenChange={props.onWeeksHiddenChange} />
      </ChartDrawQueue>
    </div>
  );
}
