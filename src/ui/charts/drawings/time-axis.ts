/**
 * The time axis the trend, gap and practice drawings share: dates as
 * milliseconds, one even scale across a decade, with ticks worked out here
 * (interval 0: recharts shows them all and measures nothing). On a narrow
 * screen (under 400 px, where a plot is about 240 px wide) at most three
 * month labels fit side by side; otherwise four.
 */
import { formatMonthTick, timeTicks } from '../chart-format.ts';
import { AXIS_TICK } from './plot-container.tsx';

/** How many month labels fit under a plot on this screen. */
export function mostTimeTicks(screenWidth = typeof window === 'undefined' ? Infinity : window.innerWidth): number {
  return screenWidth < 400 ? 3 : 4;
}

export function timeAxisProps(times: readonly number[]) {
  return {
    type: 'number' as const,
    dataKey: 'x',
    scale: 'time' as const,
    domain: ['dataMin', 'dataMax'] as [string, string],
    ticks: timeTicks(times, mostTimeTicks()),
    interval: 0 as const,
    tickFormatter: formatMonthTick,
    tick: AXIS_TICK,
    allowDuplicatedCategory: false,
  };
}
