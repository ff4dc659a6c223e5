/** Lines the time drawings share: a version change (with a short label) and the point the keyboard is on. */
import { ReferenceLine } from 'recharts';
import type { ChartBoundary } from '../../../domain/progress/progress-types.ts';
import { dateToTime } from '../chart-format.ts';

export function BoundaryLines({ boundaries }: { boundaries: readonly ChartBoundary[] }) {
  return boundaries.map((boundary) => (
    <ReferenceLine
      key={`${boundary.questionnaireId}-${boundary.toVersion}-${boundary.date}`}
      className="chart-boundary"
      x={dateToTime(boundary.date)}
      stroke="var(--text)"
      strokeDasharray="4 4"
      ifOverflow="extendDomain"
      label={{ value: `v${boundary.toVersion}`, position: 'insideTopRight', fill: 'var(--text)', fontSize: 12 }}
    />
  ));
}

export function FocusLine({ date }: { date: string | null }) {
  if (date === null) return null;
  return <ReferenceLine className="chart-focus" x={dateToTime(date)} stroke="var(--focus)" strokeWidth={2} ifOverflow="extendDomain" />;
}
