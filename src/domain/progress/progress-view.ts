/**
 * The whole dashboard for one range: the one function the Progress screen
 * (and the coach's review of a coachee) calls. Pure: records in, view out.
 * CONTRACT STUB: the domain helper fills in the body from the modules beside it.
 */
import type { ChangeStatement, ProgressContext, ProgressRecords, ProgressView, RangeChoice } from './progress-types.ts';

export interface ProgressOptions {
  /** The full self-assessment to draw as "then" on the radar; default: the earliest complete one in the range. */
  thenResponseId?: string;
}

export function buildProgressView(records: ProgressRecords, context: ProgressContext, choice: RangeChoice, options: ProgressOptions = {}): ProgressView {
  void records;
  void context;
  void choice;
  void options;
  throw new Error('buildProgressView: not built yet');
}

/** The change to invite the leader in from Today: the largest stated change over the last year, or null. */
export function latestChange(records: ProgressRecords, context: ProgressContext): ChangeStatement | null {
  void records;
  void context;
  throw new Error('latestChange: not built yet');
}
