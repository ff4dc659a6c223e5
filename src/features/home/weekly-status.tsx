/**
 * On Today: when this week's reflection is due (or that it is done), the
 * number of weeks reflected, and the run of weeks in a row unless hidden. A
 * run that has ended is said plainly, never silently reset; the total never
 * goes down.
 */
import { paths } from '../../app/paths.ts';
import type { Preferences } from '../../domain/preferences.ts';
import type { WeeklyReflection } from '../../domain/weekly/weekly-reflection.ts';
import { resumable } from '../../domain/weekly/weekly-reflection.ts';
import { addDays, canBackDate, dueStatus, isoWeekday, streak, WEEKDAY_NAMES, weekOf, weeksReflected } from '../../domain/weekly/weeks.ts';
import { ButtonLink } from '../../ui/button.tsx';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';

function dueText(date: string, reflections: readonly WeeklyReflection[], preferences: Preferences): string {
  const status = dueStatus(date, reflections, preferences.dueWeekday);
  if (status.kind === 'done') return 'This week’s reflection is done.';
  if (status.kind === 'due') {
    if (status.daysLeft === 0) return 'This week’s reflection is due today.';
    if (status.daysLeft === 1) return 'This week’s reflection is due tomorrow.';
    return `This week’s reflection is due on ${WEEKDAY_NAMES[isoWeekday(status.dueDate) - 1]} (${formatCalendarDate(status.dueDate)}).`;
  }
  return `This week’s reflection was due earlier in the week; done by Sunday (${formatCalendarDate(status.countsUntil)}), it still counts for this week.`;
}

export function WeeklyStatus({ date, reflections, preferences }: { date: string; reflections: readonly WeeklyReflection[]; preferences: Preferences }) {
  const completed = reflections.filter((r) => r.completedAt !== null);
  const thisWeek = weekOf(date);
  const inProgress = resumable(reflections, thisWeek, addDays(thisWeek, -7));
  const total = weeksReflected(completed);
  const run = streak(completed, date);
  const lateWeek = canBackDate(date, completed);
  const done = dueStatus(date, completed, preferences.dueWeekday).kind === 'done';
  return (
    <section className="card" aria-labelledby="weekly-status-heading">
      <h2 id="weekly-status-heading">Weekly reflection</h2>
      <p>{dueText(date, completed, preferences)}</p>
      {lateWeek && !inProgress && (
        <p>
          Last week has no reflection yet: until Wednesday you can still do it for last week, marked late
          {!preferences.hideStreak && run.lastBrokenWeekOf === lateWeek && run.previousRun > 0
            ? `, and keep your run of ${run.previousRun} ${run.previousRun === 1 ? 'week' : 'weeks'} going`
            : ''}
          .
        </p>
      )}
      <p>
        <strong>Weeks reflected: {total}</strong>
        {!preferences.hideStreak && run.current > 1 && ` · ${run.current} weeks in a row`}
      </p>
      {!preferences.hideStreak && run.lastBrokenWeekOf && run.lastBrokenWeekOf !== lateWeek && total > 0 && (
        <p className="muted">
          Your run of {run.previousRun} {run.previousRun === 1 ? 'week' : 'weeks'} ended in the week of {formatCalendarDate(run.lastBrokenWeekOf)}. Every
          week you reflected still counts.
        </p>
      )}
      <div className="button-row">
        <ButtonLink to={paths.reflect()} variant={done && !inProgress ? 'secondary' : 'primary'}>
          {inProgress ? 'Carry on with your reflection' : done ? 'Open the weekly reflection' : 'Start this week’s reflection'}
        </ButtonLink>
        <ButtonLink variant="secondary" to={paths.journal()}>
          Journal
        </ButtonLink>
        <ButtonLink variant="secondary" to={paths.practice()}>
          Practices
        </ButtonLink>
      </div>
    </section>
  );
}
