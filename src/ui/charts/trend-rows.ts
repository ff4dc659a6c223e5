/**
 * The trend view laid out for reading: one row per plotted point of each kind
 * of result (a pulse point or a self-assessment), with each series' value
 * there. The table, the keyboard steps and the drawing's focus line all read
 * these rows. Nothing is computed: every value is a point of the view as given.
 *
 * A row is one date, kind, segment and occurrence, so no plotted value is
 * lost: a week or month that a version change splits has a point in each
 * segment on the same date, and two self-assessments may share a day. The
 * n-th point of a series on that date, kind and segment goes in the n-th row.
 */
import type { Aggregation, SeriesId, SeriesPoint, TrendView } from '../../domain/progress/progress-types.ts';
import { formatCalendarDate } from '../format-calendar-date.ts';
import { formatPointDate } from './chart-format.ts';

export interface TrendRow {
  /** Unique among the rows. */
  key: string;
  date: string;
  source: 'pulse' | 'assessment';
  segment: number;
  /** Which of the same date, kind and segment this row is, from 0. */
  occurrence: number;
  points: Partial<Record<SeriesId, SeriesPoint>>;
  /** Set when other rows share this row's date and kind: what tells them apart. */
  part?: { segmentPlace: 'before' | 'between' | 'after' | null; index: number; of: number };
}

function compareRows(a: TrendRow, b: TrendRow): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.source !== b.source) return a.source === 'pulse' ? -1 : 1;
  return a.segment - b.segment || a.occurrence - b.occurrence;
}

export function trendRows(view: TrendView): TrendRow[] {
  const rows = new Map<string, TrendRow>();
  for (const series of view.series) {
    for (const source of ['pulse', 'assessment'] as const) {
      const seen = new Map<string, number>();
      for (const point of series[source]) {
        const place = `${point.date}|${source}|${point.segment}`;
        const occurrence = seen.get(place) ?? 0;
        seen.set(place, occurrence + 1);
        const key = `${place}|${occurrence}`;
        const row = rows.get(key) ?? { key, date: point.date, source, segment: point.segment, occurrence, points: {} };
        row.points[series.id] = point;
        rows.set(key, row);
      }
    }
  }
  const sorted = [...rows.values()].sort(compareRows);
  markParts(sorted);
  return sorted;
}

/** Rows sharing a date and kind are told apart: by the change of questions between them, and by their order within a segment. */
function markParts(rows: TrendRow[]): void {
  for (let start = 0; start < rows.length; ) {
    let end = start + 1;
    while (end < rows.length && rows[end]!.date === rows[start]!.date && rows[end]!.source === rows[start]!.source) end += 1;
    const group = rows.slice(start, end);
    if (group.length > 1) {
      const low = group[0]!.segment;
      const high = group[group.length - 1]!.segment;
      for (const row of group) {
        const same = group.filter((other) => other.segment === row.segment);
        const segmentPlace = low === high ? null : row.segment === low ? 'before' : row.segment === high ? 'after' : 'between';
        row.part = { segmentPlace, index: same.indexOf(row) + 1, of: same.length };
      }
    }
    start = end;
  }
}

/** "March 2026" (a monthly mean), "Week of 2 March 2026", or a result's own day. */
export function rowDate(row: TrendRow, aggregation: Aggregation): string {
  return row.source === 'assessment' ? formatCalendarDate(row.date) : formatPointDate(row.date, aggregation);
}

const PULSE_SOURCE: Record<Aggregation, string> = { each: 'Pulse', week: 'Pulse, weekly mean', month: 'Pulse, monthly mean' };
const SEGMENT_PLACE = { before: 'before the questions changed', between: 'between changes of questions', after: 'after the questions changed' } as const;

/** "Self-assessment", "Pulse, monthly mean (after the questions changed)", "Self-assessment (2 of 2 that day)". */
export function rowSource(row: TrendRow, aggregation: Aggregation): string {
  const base = row.source === 'assessment' ? 'Self-assessment' : PULSE_SOURCE[aggregation];
  if (!row.part) return base;
  const words: string[] = [];
  if (row.part.segmentPlace) words.push(SEGMENT_PLACE[row.part.segmentPlace]);
  if (row.part.of > 1) words.push(`${row.part.index} of ${row.part.of}${row.source === 'pulse' && aggregation !== 'each' ? '' : ' that day'}`);
  return `${base} (${words.join(', ')})`;
}

/** How many results a row rests on: "4", or "3 to 4" when its series differ. */
export function rowCount(row: TrendRow): string {
  const counts = Object.values(row.points).map((point) => point.n);
  const low = Math.min(...counts);
  const high = Math.max(...counts);
  return low === high ? String(low) : `${low} to ${high}`;
}
