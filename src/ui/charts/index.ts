/**
 * The Progress charts, for any profile's records (the leader's own, or later
 * a coachee's), read-only: each takes a view from src/domain/progress and
 * draws only that. This module and everything it imports statically stay
 * free of recharts (index-imports.test.ts checks); the drawings load with
 * import() when a chart's turn comes (lazy-drawings.ts).
 */
import './charts.css';

export { ChartDrawQueue } from './draw-queue.tsx';
export { GapChart } from './gap-chart.tsx';
export { PracticeChart } from './practice-chart.tsx';
export { ThenNowRadar } from './then-now-radar.tsx';
export type { ThenNowRadarProps } from './then-now-radar.tsx';
export { TrendChart } from './trend-chart.tsx';
export { WeeksCalendar } from './weeks-calendar.tsx';
export type { WeeksCalendarProps } from './weeks-calendar.tsx';
