/**
 * Practice minutes per week, or per month when the range spans more than
 * WEEK_MAX_DAYS (the trend's rule, so a decade is about 120 bars, not 520).
 * Every week or month from the start of the range (for all time, the first
 * session) to its end has a bar, empty ones too, so gaps show as they are.
 *
 * Lengths are read through practisedSeconds (old records have only whole
 * minutes); a bar's minutes are its seconds / 60 to one decimal place, and
 * totals are whole minutes. By element: sessions and minutes by the element
 * each practice was said to help (null: none named), most minutes first.
 * One session is enough to draw (the bars are counts, not an estimate).
 */
import { ELEMENT_IDS } from '../elements/element-ids.ts';
import type { ElementId } from '../elements/element-ids.ts';
import type { PracticeLogEntry } from '../practice/practice-log.ts';
import { practisedSeconds } from '../practice/practice-log.ts';
import { formatPractisedTime } from '../practice/practice-time.ts';
import { addDays, weekOf } from '../weekly/weeks.ts';
import { WEEK_MAX_DAYS } from './aggregate.ts';
import { monthOf, nextMonth } from './local-dates.ts';
import type { DateWindow, PracticeBucket, PracticeView } from './progress-types.ts';
import { inWindow, windowSpanDays, windowStart } from './range.ts';
import { counted, seriesInSentence } from './series-labels.ts';

const toMinutes = (seconds: number, places: number) => Math.round((seconds / 60) * 10 ** places) / 10 ** places;

function emptyBuckets(start: string, end: string, aggregation: 'week' | 'month'): string[] {
  const dates: string[] = [];
  let date = aggregation === 'week' ? weekOf(start) : monthOf(start);
  while (date <= end) {
    dates.push(date);
    date = aggregation === 'week' ? addDays(date, 7) : nextMonth(date);
  }
  return dates;
}

export function practiceMinutes(entries: readonly PracticeLogEntry[], window: DateWindow): PracticeView {
  const inRange = entries.filter((e) => inWindow(e.date, window));
  const dates = inRange.map((e) => e.date);
  const aggregation = windowSpanDays(window, dates) > WEEK_MAX_DAYS ? 'month' : 'week';
  const seconds = new Map<string, { seconds: number; sessions: number }>();
  for (const date of emptyBuckets(windowStart(window, dates), window.to, aggregation)) seconds.set(date, { seconds: 0, sessions: 0 });
  const byElement = new Map<ElementId | null, { sessions: number; seconds: number }>();
  let total = 0;
  for (const entry of inRange) {
    const length = practisedSeconds(entry);
    total += length;
    const key = aggregation === 'week' ? weekOf(entry.date) : monthOf(entry.date);
    const bucket = seconds.get(key) ?? { seconds: 0, sessions: 0 };
    seconds.set(key, { seconds: bucket.seconds + length, sessions: bucket.sessions + 1 });
    const element = byElement.get(entry.elementId) ?? { sessions: 0, seconds: 0 };
    byElement.set(entry.elementId, { sessions: element.sessions + 1, seconds: element.seconds + length });
  }
  const buckets: PracticeBucket[] = [...seconds.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, b]) => ({ date, minutes: toMinutes(b.seconds, 1), sessions: b.sessions }));
  const order = (id: ElementId | null) => (id === null ? ELEMENT_IDS.length : ELEMENT_IDS.indexOf(id));
  const elements = [...byElement.entries()]
    .sort(([a, x], [b, y]) => y.seconds - x.seconds || order(a) - order(b))
    .map(([elementId, e]) => ({ elementId, sessions: e.sessions, minutes: toMinutes(e.seconds, 0) }));
  const named = elements.find((e) => e.elementId !== null);
  const unit = aggregation === 'week' ? 'week' : 'month';
  let summary = 'No practice logged in this range yet.';
  if (inRange.length > 0) {
    summary = `You practised for ${formatPractisedTime(total)} in ${counted(inRange.length, 'session')} in this range`;
    summary += named?.elementId ? `, most of all for ${seriesInSentence(named.elementId)}.` : '.';
  }
  return {
    aggregation,
    buckets,
    byElement: elements,
    totalMinutes: toMinutes(total, 0),
    sessions: inRange.length,
    method: `Minutes practised each ${unit}, from your practice log; a ${unit} with none shows as an empty bar.`,
    summary,
    enough: { enough: inRange.length >= 1, have: inRange.length, need: 1 },
  };
}
