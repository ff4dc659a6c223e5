/**
 * "Weeks reflected": a calendar of weeks, one small square each, a row of
 * squares per year that wraps on a narrow screen. Each status has its own
 * shape as well as colour (filled; hatched for late; dashed for the open
 * week; a plain outline for a week without a reflection), and each square is
 * named in words. A week without a reflection is shown plainly: no red, no
 * streak to break. The leader can hide the calendar; then only the heading,
 * the summary and "Show the calendar" remain. Not a recharts drawing.
 */
import { useId } from 'react';
import type { CalendarWeek, WeeksView, WeekStatus } from '../../domain/progress/progress-types.ts';
import { formatCalendarDate } from '../format-calendar-date.ts';
import { Body, Cell, ColumnHeader, Head, Row, RowHeader, StackedTable } from '../stacked-table.tsx';
import { CHART_TITLES, tableCaption } from './chart-names.ts';
import { countOf, formatMonth } from './chart-format.ts';
import { TableToggle } from './chart-frame.tsx';

/** How each status is said, in the square's name and in the key. */
export const WEEK_STATUS_WORDS: Record<WeekStatus, string> = {
  reflected: 'reflected',
  late: 'reflected late',
  open: 'still open',
  'not-reflected': 'no reflection',
};

const KEY_ORDER: WeekStatus[] = ['reflected', 'late', 'open', 'not-reflected'];

/** "Week of 3 March 2025: reflected late". */
export function weekLabel(week: CalendarWeek): string {
  return `Week of ${formatCalendarDate(week.weekOf)}: ${WEEK_STATUS_WORDS[week.status]}`;
}

function groupBy<K>(weeks: readonly CalendarWeek[], key: (week: CalendarWeek) => K): Array<[K, CalendarWeek[]]> {
  const groups = new Map<K, CalendarWeek[]>();
  for (const week of weeks) {
    const group = groups.get(key(week));
    if (group) group.push(week);
    else groups.set(key(week), [week]);
  }
  return [...groups];
}

export interface WeeksCalendarProps {
  view: WeeksView;
  hidden: boolean;
  onHiddenChange: (hidden: boolean) => void;
}

export function WeeksCalendar({ view, hidden, onHiddenChange }: WeeksCalendarProps) {
  const headingId = useId();
  const contentId = useId();
  const weeks = [...view.weeks].sort((a, b) => (a.weekOf < b.weekOf ? -1 : 1));
  return (
    <figure className="chart weeks" aria-labelledby={headingId}>
      <h2 id={headingId}>{CHART_TITLES.weeks}</h2>
      <p className="chart__summary">{view.summary}</p>
      <button type="button" className="button button--secondary" aria-expanded={!hidden} aria-controls={contentId} onClick={() => onHiddenChange(!hidden)}>
        {hidden ? 'Show the calendar' : 'Hide the calendar'}
      </button>
      <div id={contentId} hidden={hidden}>
        {!hidden && weeks.length > 0 && (
          <>
            <p className="chart__method">
              Each square is one week, Monday to Sunday. Based on {countOf(view.total, 'week', 'weeks')}: {countOf(view.reflected, 'week', 'weeks')} reflected, {view.late} of them late.
            </p>
            <ul className="weeks__key" aria-label="Key">
              {KEY_ORDER.map((status) => (
                <li key={status}>
                  <span className={`weeks__cell weeks__cell--${status}`} aria-hidden="true" />
                  {WEEK_STATUS_WORDS[status].replace(/^./, (first) => first.toUpperCase())}
                </li>
              ))}
            </ul>
            {groupBy(weeks, (week) => week.weekOf.slice(0, 4)).map(([year, inYear]) => (
              <YearOfWeeks key={year} year={year} weeks={inYear} />
            ))}
            <TableToggle headingId={headingId}>
              <WeeksTable weeks={weeks} />
            </TableToggle>
          </>
        )}
      </div>
    </figure>
  );
}

function YearOfWeeks({ year, weeks }: { year: string; weeks: readonly CalendarWeek[] }) {
  const id = useId();
  return (
    <section className="weeks__year" aria-labelledby={id}>
      <h3 id={id}>{year}</h3>
      <ol className="weeks__grid" aria-labelledby={id}>
        {weeks.map((week) => (
          <li key={week.weekOf} className={`weeks__cell weeks__cell--${week.status}`} aria-label={weekLabel(week)} />
        ))}
      </ol>
    </section>
  );
}

function WeeksTable({ weeks }: { weeks: readonly CalendarWeek[] }) {
  const months = groupBy(weeks, (week) => week.weekOf.slice(0, 7));
  return (
    <StackedTable label={tableCaption('weeks')} caption={tableCaption('weeks')}>
      <Head>
        <Row>
          <ColumnHeader>Month</ColumnHeader>
          <ColumnHeader>Weeks</ColumnHeader>
          <ColumnHeader>Reflected</ColumnHeader>
          <ColumnHeader>Of which late</ColumnHeader>
        </Row>
      </Head>
      <Body>
        {months.map(([month, inMonth]) => (
          <Row key={month}>
            <RowHeader>{formatMonth(`${month}-01`)}</RowHeader>
            <Cell label="Weeks" className="number">
              {inMonth.length}
            </Cell>
            <Cell label="Reflected" className="number">
              {inMonth.filter((week) => week.status === 'reflected' || week.status === 'late').length}
            </Cell>
            <Cell label="Of which late" className="number">
              {inMonth.filter((week) => week.status === 'late').length}
            </Cell>
          </Row>
        ))}
      </Body>
    </StackedTable>
  );
}
