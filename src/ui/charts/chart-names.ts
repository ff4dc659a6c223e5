/**
 * The names the Progress charts are known by: each chart's title (its
 * accessible name, as a figure), the caption of the table behind it, and the
 * performance marks the screen leaves for the bench. Tests, the bench and the
 * components all read them from here.
 */

export const CHART_TITLES = {
  trend: 'Your elements over time',
  radar: 'Then and now',
  gap: 'Your presence gap over time',
  practice: 'Practice minutes',
  weeks: 'Weeks reflected',
} as const;

export type ChartKey = keyof typeof CHART_TITLES;

/** The caption of the table behind a chart (its accessible name as a table). */
export function tableCaption(key: ChartKey): string {
  return `${CHART_TITLES[key]}: the values`;
}

/** performance.mark names: the screen's text, summaries and tables shown; the first chart drawn; every chart drawn. */
export const PROGRESS_MARKS = {
  summaries: 'attune:progress-summaries',
  firstChart: 'attune:progress-first-chart',
  allCharts: 'attune:progress-all-charts',
} as const;
