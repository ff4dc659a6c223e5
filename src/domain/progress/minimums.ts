/**
 * The least the dashboard needs before it draws a trend, gives a period's
 * median and spread, or states a change; below these it says "Not enough yet".
 * Why these figures: docs/decisions/0025-progress-honest-numbers.md.
 */

/** Results in the range before a trend line (or gap trend) is drawn. */
export const MIN_RESULTS_FOR_TREND = 3;

/** Results of one series, within one stretch of comparable versions, before a change is stated. */
export const MIN_RESULTS_FOR_CHANGE = 4;

/** Results of one series before its median and spread are given (below it, only the count). */
export const MIN_RESULTS_FOR_SUMMARY = 3;
