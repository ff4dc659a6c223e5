/**
 * The ranges the Progress screen offers, as windows of local dates.
 * CONTRACT STUB: the domain helper fills in the bodies.
 */
import type { DateWindow, RangeChoice } from './progress-types.ts';

export const RANGE_CHOICES: readonly RangeChoice[] = ['three-months', 'year', 'all', 'last-year'];

export const RANGE_LABELS: Record<RangeChoice, string> = {
  'three-months': 'Last 3 months',
  year: 'Last year',
  all: 'All time',
  'last-year': 'This time last year',
};

/** The window of a range choice on `today` (see RangeChoice). */
export function rangeWindow(choice: RangeChoice, today: string): DateWindow {
  void choice;
  void today;
  throw new Error('rangeWindow: not built yet');
}
