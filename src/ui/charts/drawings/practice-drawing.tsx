/**
 * Practice minutes, drawn with recharts: one bar per week or month on a time
 * axis (so an empty stretch shows as space, and a decade has no break at the
 * calendar year), and the keyboard's bar outlined. No animation.
 */
import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import type { PracticeBucket } from '../../../domain/progress/progress-types.ts';
import { countTicks, dateToTime } from '../chart-format.ts';
import type { PlotSize } from './plot-container.tsx';
import { AXIS_TICK, PLOT_MARGIN, PlotContainer } from './plot-container.tsx';
import { timeAxisProps } from './time-axis.ts';

export interface PracticeDrawingProps {
  buckets: readonly PracticeBucket[];
  activeIndex: number | null;
  onDrawn: () => void;
  initialSize?: PlotSize;
}

export function PracticeDrawing({ buckets, activeIndex, onDrawn, initialSize }: PracticeDrawingProps) {
  const data = buckets.map((bucket) => ({ x: dateToTime(bucket.date), minutes: bucket.minutes }));
  const yTicks = countTicks(Math.max(0, ...buckets.map((bucket) => bucket.minutes)));
  return (
    <PlotContainer onDrawn={onDrawn} initialSize={initialSize}>
      <BarChart data={data} margin={PLOT_MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--soft-border)" vertical={false} />
        <XAxis {...timeAxisProps(data.map((entry) => entry.x))} padding={{ left: 8, right: 8 }} />
        <YAxis type="number" domain={[0, yTicks[yTicks.length - 1]!]} ticks={yTicks} interval={0} tick={AXIS_TICK} />
        <Bar className="practice-bars" dataKey="minutes" fill="var(--chart-now)" minPointSize={0} isAnimationActive={false}>
          {data.map((entry, index) => (
            <Cell key={entry.x} stroke={index === activeIndex ? 'var(--focus)' : undefined} strokeWidth={index === activeIndex ? 3 : 0} />
          ))}
        </Bar>
      </BarChart>
    </PlotContainer>
  );
}
