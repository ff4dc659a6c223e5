/** The time axis the trend and gap drawings share: dates as milliseconds, one even scale across a decade. */
import { formatMonthTick } from '../chart-format.ts';
import { AXIS_TICK } from './plot-container.tsx';

export const TIME_AXIS_PROPS = {
  type: 'number' as const,
  dataKey: 'x',
  scale: 'time' as const,
  domain: ['dataMin', 'dataMax'] as [string, string],
  tickFormatter: formatMonthTick,
  tick: AXIS_TICK,
  tickCount: 5,
  minTickGap: 24,
  allowDuplicatedCategory: false,
};
