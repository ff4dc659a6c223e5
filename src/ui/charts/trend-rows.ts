/**
 * The trend view laid out for reading: one row per date and kind of result
 * (a pulse point or a self-assessment), with each series' value there. The
 * table, the keyboard steps and the drawing's focus line all read these rows.
 * Nothing is computed: every value is a point of the view as given.
 */
import type { Aggregation, SeriesId, SeriesPoint, TrendView } from '../../domain/progress/progress-types.ts';
import { formatCalendarDate } from '../format-calendar-date.ts';
import { formatPointDate } from './chart-format.ts';

export interface TrendRow {
  date: string;
  source: 'pulse' | 'assessment';
  points: Partial<Record<SeriesId, SeriesPoint>>;
}

export function trendRows(view: TrendView): TrendRow[] {
  const rows = new Map<string, TrendRow>();
  for (const series of view.series) {
    for (const source of ['pulse', 'assessment'] as const) {
      for (const point of series[source]) {
        const key = `${point.date}|${source}`;
        const row = rows.get(key) ?? { date: point.date, source, points: {} };
        row.points[series.id] = point;
        rows.set(key, row);
      }
    }
  }
  return [...rows.values()].sort((a, b) => (a.date === b.date ? (a.source === 'pulse' ? -1 : 1) : a.date < b.date ? -1 : 1));
}

/** "March 2026" (a monthly mean), "Week of 2 March 2026", or a result's own day. */
export function rowDate(row: TrendRow, aggregation: Aggregation): string {
  return row.source === 'assessment' ? formatCalendarDate(row.date) : formatPointDate(row.date, aggregation);
}

const PULSE_SOURCE: Record<Aggregation, string> = { each: 'Pulse', week: 'Pulse, weekly mean', month: 'Pulse, monthly mean' };

export function rowSource(row: TrendRow, aggregation: Aggregation): string {
  return row.source === 'assessment' ? 'Self-assessment' : PULSE_SOURCE[aggregation];
}

/** How many results a row rests on: "4", or "3 to 4" when its series differ. */
export function rowCount(row: TrendRow): string {
  const counts = Object.values(row.points).map((point) => point.n);
  const low = Math.min(...counts);
  const high = Math.max(...counts);
  return low === high ? String(low) : `${low} to ${high}`;
}
