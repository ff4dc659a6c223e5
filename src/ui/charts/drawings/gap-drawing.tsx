/**
 * The presence gap over time, drawn with recharts: for each element, its gap
 * (aim minus actual) at each presence check as a line with its own dash and
 * markers, broken at version changes whose scores do not compare; a line at
 * zero (at your aim); version changes; the keyboard's point. No animation.
 */
import { CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ChartBoundary, GapPoint } from '../../../domain/progress/progress-types.ts';
import { ELEMENT_IDS } from '../../../domain/elements/element-ids.ts';
import { dateToTime } from '../chart-format.ts';
import { SERIES_STYLES } from '../series-styles.ts';
import type { PlotSize } from './plot-container.tsx';
import { AXIS_TICK, PLOT_MARGIN, PlotContainer } from './plot-container.tsx';
import { BoundaryLines, FocusLine } from './reference-lines.tsx';
import { timeAxisProps } from './time-axis.ts';

export interface GapDrawingProps {
  points: readonly GapPoint[];
  boundaries: readonly ChartBoundary[];
  activeDate: string | null;
  onDrawn: () => void;
  initialSize?: PlotSize;
}

/** The y axis runs from the lowest gap (or zero) to the highest (or zero), in steps of 25. */
function gapDomain(points: readonly GapPoint[]): [number, number] {
  const gaps = points.flatMap((point) => ELEMENT_IDS.flatMap((id) => (point.byElement[id] ? [point.byElement[id].gap] : [])));
  const low = Math.min(0, ...gaps);
  const high = Math.max(0, ...gaps);
  return [Math.floor(low / 25) * 25, Math.max(25, Math.ceil(high / 25) * 25)];
}

export function GapDrawing({ points, boundaries, activeDate, onDrawn, initialSize }: GapDrawingProps) {
  const segments = [...new Set(points.map((point) => point.segment))];
  const [low, high] = gapDomain(points);
  const yTicks = Array.from({ length: (high - low) / 25 + 1 }, (_, index) => low + index * 25);
  return (
    <PlotContainer onDrawn={onDrawn} initialSize={initialSize}>
      <ComposedChart margin={PLOT_MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--soft-border)" vertical={false} />
        <XAxis {...timeAxisProps(points.map((point) => dateToTime(point.date)))} />
        <YAxis type="number" domain={[low, high]} ticks={yTicks} interval={0} tick={AXIS_TICK} />
        <ReferenceLine y={0} stroke="var(--border)" />
        {ELEMENT_IDS.flatMap((id) => {
          const style = SERIES_STYLES[id];
          return segments.map((segment) => {
            const data = points
              .filter((point) => point.segment === segment && point.byElement[id])
              .map((point) => ({ x: dateToTime(point.date), y: point.byElement[id]?.gap }));
            return (
              <Line
                key={`${id}-${segment}`}
                className={`gap-line gap-line--${id}`}
                data={data}
                dataKey="y"
                type="linear"
                stroke={style.colour}
                strokeWidth={2}
                strokeDasharray={style.dash}
                dot={{ r: 3, fill: style.colour, strokeDasharray: '' }}
                activeDot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            );
          });
        })}
        <BoundaryLines boundaries={boundaries} />
        <FocusLine date={activeDate} />
      </ComposedChart>
    </PlotContainer>
  );
}
