/**
 * The time axis the trend, gap and practice drawings share: dates as
 * milliseconds, one even scale across a decade, with ticks worked out here
 * (interval 0: recharts shows them all and measures nothing).
 */
import { formatMonthTick, timeTicks } from '../chart-format.ts';
import { AXIS_TICK } from './plot-container.tsx';

export function timeAxisProps(times: readonly number[]) {
  return {
    type: 'number' as const,
    dataKey: 'x',
    scale: 'time' as const,
    domain: ['dataMin', 'dataMax'] as [string, string],
    ticks: timeTicks(times),
    interval: 0 as const,
    tickFormatter: formatMonthTick,
    tick: AXIS_TICK,
    allowDuplicatedCategory: false,
  };
}
