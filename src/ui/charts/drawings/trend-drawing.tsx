/**
 * The trend, drawn with recharts: each element's weekly pulse as one line,
 * broken between stretches of comparable versions (so points across a
 * change are never joined; one broken line costs far less to draw than a
 * line per stretch), each self-assessment as a marker, the version changes as
 * vertical lines, and the point the keyboard is on as a focus line. No
 * animation, ever; recharts' own keyboard layer is off (the chart frame has one).
 */
import { CartesianGrid, ComposedChart, Line, Scatter, XAxis, YAxis } from 'recharts';
import type { ChartBoundary, ElementSeries, SeriesPoint } from '../../../domain/progress/progress-types.ts';
import { dateToTime } from '../chart-format.ts';
import { SERIES_STYLES } from '../series-styles.ts';
import type { PlotSize } from './plot-container.tsx';
import { AXIS_TICK, PLOT_MARGIN, PlotContainer } from './plot-container.tsx';
import { BoundaryLines, FocusLine } from './reference-lines.tsx';
import { timeAxisProps } from './time-axis.ts';

export interface TrendDrawingProps {
  /** The series to draw (the overall score only when the reader shows it). */
  series: readonly ElementSeries[];
  boundaries: readonly ChartBoundary[];
  /** The date the keyboard is on, or null. */
  activeDate: string | null;
  onDrawn: () => void;
  initialSize?: PlotSize;
}

/**
 * A series' pulse points as one list of x/y pairs, with a gap (y null) between
 * stretches of comparable versions: one recharts line per series, broken
 * there, costs far less to draw than one line per stretch.
 */
function withGaps(points: readonly SeriesPoint[]): Array<{ x: number; y: number | null }> {
  const data: Array<{ x: number; y: number | null }> = [];
  let segment: number | undefined;
  for (const point of points) {
    const x = dateToTime(point.date);
    if (segment !== undefined && point.segment !== segment) data.push({ x: (data[data.length - 1]!.x + x) / 2, y: null });
    data.push({ x, y: point.value });
    segment = point.segment;
  }
  return data;
}

export function TrendDrawing({ series, boundaries, activeDate, onDrawn, initialSize }: TrendDrawingProps) {
  const times = series.flatMap((one) => [...one.pulse, ...one.assessment].map((point) => dateToTime(point.date)));
  return (
    <PlotContainer onDrawn={onDrawn} initialSize={initialSize}>
      <ComposedChart margin={PLOT_MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--soft-border)" vertical={false} />
        <XAxis {...timeAxisProps(times)} />
        <YAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} interval={0} tick={AXIS_TICK} />
        {series.map((one) => {
          const style = SERIES_STYLES[one.id];
          const data = withGaps(one.pulse);
          return data.length === 0 ? null : (
            <Line
              key={one.id}
              className={`trend-line trend-line--${one.id}`}
              data={data}
              dataKey="y"
              type="linear"
              stroke={style.colour}
              strokeWidth={one.id === 'overall' ? 3 : 2}
              strokeDasharray={style.dash}
              dot={data.length === 1 ? { r: 3, fill: style.colour } : false}
              activeDot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          );
        })}
        {series.map((one) =>
          one.assessment.length === 0 ? null : (
            <Scatter
              key={`${one.id}-assessment`}
              className={`trend-points trend-points--${one.id}`}
              data={one.assessment.map((point) => ({ x: dateToTime(point.date), y: point.value }))}
              dataKey="y"
              shape={SERIES_STYLES[one.id].marker}
              fill={SERIES_STYLES[one.id].colour}
              stroke="var(--surface)"
              isAnimationActive={false}
            />
          ),
        )}
        <BoundaryLines boundaries={boundaries} />
        <FocusLine date={activeDate} />
      </ComposedChart>
    </PlotContainer>
  );
}
