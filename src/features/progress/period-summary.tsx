/**
 * The period's figures for each score, as a table: how many results, the
 * mean (from the weekly pulses when there are enough of them, else the
 * self-assessments, and the row says which), and beside it the median and the spread (the middle half, and the
 * lowest to the highest), so one odd week is seen for what it is. Below the
 * minimum (MIN_RESULTS_FOR_SUMMARY) only the count is given.
 *
 * The figures never mix questions that cannot be compared: when the range
 * holds results from before a change of questions, a row rests only on the
 * results since (the domain's `from`), its count says "since 4 March 2026",
 * and when every row with results starts on that same day the caption says so too.
 */
import type { PeriodSummary } from '../../domain/progress/progress-types.ts';
import { MIN_RESULTS_FOR_SUMMARY } from '../../domain/progress/minimums.ts';
import { countOf } from '../../ui/charts/chart-format.ts';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';
import { Body, Cell, ColumnHeader, Head, Row, RowHeader, StackedTable } from '../../ui/stacked-table.tsx';

const NOT_ENOUGH = 'Not enough yet';

function value(summary: PeriodSummary, figure: number | null): string {
  if (summary.n === 0) return 'No results';
  return figure === null ? NOT_ENOUGH : String(figure);
}

/** How many results a row rests on, and which: "12 weekly pulses", "3 self-assessments". */
function resultsOf(summary: PeriodSummary): string {
  const n = summary.n;
  const since = summary.from ? ` since ${formatCalendarDate(summary.from)}` : '';
  if (summary.basis === 'pulse') return `${countOf(n, 'weekly pulse', 'weekly pulses')}${since}`;
  if (summary.basis === 'assessment') return `${countOf(n, 'self-assessment', 'self-assessments')}${since}`;
  return String(n);
}

/** The day every row with results starts from after a change of questions, when they all share one; else null. */
function sharedFrom(summaries: readonly PeriodSummary[]): string | null {
  const rows = summaries.filter((s) => s.n > 0);
  const dates = new Set(rows.map((s) => s.from ?? null));
  const [only] = [...dates];
  return dates.size === 1 && only ? only : null;
}

function between(summary: PeriodSummary, low: number | null, high: number | null): string {
  if (summary.n === 0) return 'No results';
  return low === null || high === null ? NOT_ENOUGH : `${low} to ${high}`;
}

export function PeriodSummaryTable({ summaries, rangeLabel }: { summaries: readonly PeriodSummary[]; rangeLabel: string }) {
  const from = sharedFrom(summaries);
  const since = from ? `, from ${formatCalendarDate(from)} when the questions changed` : '';
  return (
    <section aria-labelledby="period-summary-heading">
      <h2 id="period-summary-heading">The period at a glance</h2>
      <p className="muted">
        The median is the middle result; the middle half of your results lies in the range beside it. Both need at least {MIN_RESULTS_FOR_SUMMARY}{' '}
        results.
      </p>
      <StackedTable label="Period summary table" caption={`Your scores, ${rangeLabel.toLowerCase()}${since} (0 to 100)`}>
        <Head>
          <Row>
            <ColumnHeader>Score</ColumnHeader>
            <ColumnHeader>Results</ColumnHeader>
            <ColumnHeader>Mean</ColumnHeader>
            <ColumnHeader>Median</ColumnHeader>
            <ColumnHeader>Middle half</ColumnHeader>
            <ColumnHeader>Lowest to highest</ColumnHeader>
          </Row>
        </Head>
        <Body>
          {summaries.map((summary) => (
            <Row key={summary.seriesId}>
              <RowHeader>{summary.label}</RowHeader>
              <Cell label="Results" className="number">
                {resultsOf(summary)}
              </Cell>
              <Cell label="Mean" className="number">
                {value(summary, summary.mean)}
              </Cell>
              <Cell label="Median" className="number">
                {value(summary, summary.median)}
              </Cell>
              <Cell label="Middle half" className="number">
                {between(summary, summary.lowerQuartile, summary.upperQuartile)}
              </Cell>
              <Cell label="Lowest to highest" className="number">
                {between(summary, summary.min, summary.max)}
              </Cell>
            </Row>
          ))}
        </Body>
      </StackedTable>
    </section>
  );
}
