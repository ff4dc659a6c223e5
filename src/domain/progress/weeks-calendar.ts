/**
 * The calendar of weeks reflected: every Monday–Sunday week from the week
 * the range starts in (for all time, the week of the first completed
 * reflection) to the week it ends in, each marked:
 *
 * - 'reflected': a completed weekly reflection counts for it (weeks.ts);
 * - 'late': only a reflection back-dated to it, within the grace days;
 * - 'open': this week, not yet reflected (it is not over); and last week
 *   too while it can still be reflected on late (canBackDate in weeks.ts:
 *   the first GRACE_DAYS days of this week, with neither week reflected);
 * - 'not-reflected': otherwise, shown plainly.
 *
 * The words never shame: no "missed", "broken" or "failed", and no count of
 * weeks without a reflection, only of weeks with one.
 */
import { addDays, canBackDate, weekOf } from '../weekly/weeks.ts';
import type { ReflectionRecord } from '../weekly/weeks.ts';
import type { CalendarWeek, DateWindow, WeeksView } from './progress-types.ts';
import { counted } from './series-labels.ts';

export function weeksCalendar(reflections: readonly ReflectionRecord[], window: DateWindow, today: string): WeeksView {
  const status = new Map<string, 'reflected' | 'late'>();
  for (const r of reflections) {
    if (r.completedAt === null) continue;
    const week = weekOf(r.weekOf);
    if (r.late === true) {
      if (!status.has(week)) status.set(week, 'late');
    } else {
      status.set(week, 'reflected');
    }
  }
  const thisWeek = weekOf(today);
  const stillOpen = new Set([thisWeek, canBackDate(today, reflections) ?? thisWeek]);
  const lastWeek = weekOf(window.to);
  const firstReflected = [...status.keys()].sort()[0];
  const first = window.from !== null ? weekOf(window.from) : firstReflected && firstReflected < lastWeek ? firstReflected : lastWeek;
  const weeks: CalendarWeek[] = [];
  for (let week = first; week <= lastWeek; week = addDays(week, 7)) {
    const found = status.get(week);
    weeks.push({ weekOf: week, status: found ?? (stillOpen.has(week) ? 'open' : 'not-reflected') });
  }
  const reflected = weeks.filter((w) => w.status === 'reflected' || w.status === 'late').length;
  const late = weeks.filter((w) => w.status === 'late').length;
  const open = weeks.filter((w) => w.status === 'open').map((w) => (w.weekOf === thisWeek ? 'this week' : 'last week'));
  let summary: string;
  if (reflected === 0) summary = 'No weekly reflections in this range yet.';
  else {
    summary = `You reflected in ${reflected} of the ${counted(weeks.length, 'week')} in this range`;
    if (late > 0) summary += `, ${late} of them late`;
    if (open.length === 0) summary += '.';
    else summary += `; ${open.join(' and ')} ${open.length === 1 ? 'is' : 'are'} still open.`;
  }
  return { weeks, reflected, late, total: weeks.length, summary };
}
