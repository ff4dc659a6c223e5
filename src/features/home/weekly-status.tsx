/**
 * On Today, first: the one way into the week, the weekly reflection. It says
 * when this week's reflection is due (or that it is done), the number of
 * weeks reflected, and the run of weeks in a row unless hidden. A run that
 * has ended is said plainly, never silently reset; the total never goes
 * down. Someone who has never reflected is invited to begin, not given a due
 * date from a default they never chose. A weekly pulse taken on its own this
 * week is named as the reflection's first part: on its own it does not count
 * the week (docs/decisions/0015-one-way-into-the-week.md).
 */
import { paths } from '../../app/paths.ts';
import type { Preferences } from '../../domain/preferences.ts';
import type { WeeklyReflection } from '../../domain/weekly/weekly-reflection.ts';
import { resumable } from '../../domain/weekly/weekly-reflection.ts';
import type { DueStatus } from '../../domain/weekly/weeks.ts';
import { addDays, canBackDate, dueStatus, isoWeekday, streak, WEEKDAY_NAMES, weekOf, weeksReflected } from '../../domain/weekly/weeks.ts';
import { ButtonLink } from '../../ui/button.tsx';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';

function dueText(status: DueStatus): string {
  switch (status.kind) {
    case 'first':
      return 'Once a week, about ten minutes in five short parts: the weekly pulse, a short practice, a journal prompt, what became of last week’s intention, and an intention for the week ahead. You choose the day that suits you.';
    case 'done':
      return 'This week’s reflection is done.';
    case 'due':
      if (status.daysLeft === 0) return 'This week’s reflection is due today.';
      if (status.daysLeft === 1) return 'This week’s reflection is due tomorrow.';
      return `This week’s reflection is due on ${WEEKDAY_NAMES[isoWeekday(status.dueDate) - 1]} (${formatCalendarDate(status.dueDate)}).`;
    case 'overdue':
      return `This week’s reflection was due earlier in the week; done by Sunday (${formatCalendarDate(status.countsUntil)}), it still counts for this week.`;
  }
}

export function WeeklyStatus({ date, reflections, preferences, pulseTakenOn }: {
  date: string;
  reflections: readonly WeeklyReflection[];
  preferences: Preferences;
  /** The calendar date of a weekly pulse taken on its own this week, which the reflection will carry in; null when there is none. */
  pulseTakenOn: string | null;
}) {
  const completed = reflections.filter((r) => r.completedAt !== null);
  const thisWeek = weekOf(date);
  const inProgress = resumable(reflections, thisWeek, addDays(thisWeek, -7));
  const total = weeksReflected(completed);
  const run = streak(completed, date);
  const lateWeek = canBackDate(date, completed);
  const status = dueStatus(date, completed, preferences.dueWeekday);
  const done = status.kind === 'done';
  // Only while the reflection would still carry it in: none begun, or this week's still on part 1 without a pulse.
  const carried =
    pulseTakenOn !== null && !done && (!inProgress || (inProgress.weekOf === thisWeek && inProgress.step === 'pulse' && inProgress.pulseResponseId === null));
  return (
    <section className="card" aria-labelledby="weekly-status-heading">
      <h2 id="weekly-status-heading">Weekly reflection</h2>
      <p>{inProgress && status.kind === 'first' ? 'Your first weekly reflection is under way: carry on where you left off.' : dueText(status)}</p>
      {carried && (
        <p>
          You took the weekly pulse on {WEEKDAY_NAMES[isoWeekday(pulseTakenOn) - 1]}: it becomes part 1 of this week’s reflection, so you will not be asked
          again. The week counts once the reflection is finished.
        </p>
      )}
      <div className="button-row">
        <ButtonLink to={paths.reflect()} variant={done && !inProgress ? 'secondary' : 'primary'}>
          {inProgress ? 'Carry on with your reflection' : done ? 'Open the weekly reflection' : 'Start this week’s reflection'}
        </ButtonLink>
      </div>
      {lateWeek && !inProgress && total > 0 && (
        <p>
          Last week has no reflection yet: until Wednesday you can still do it for last week, marked late
          {!preferences.hideStreak && run.lastBrokenWeekOf === lateWeek && run.previousRun > 0
            ? `, and keep your run of ${run.previousRun} ${run.previousRun === 1 ? 'week' : 'weeks'} going`
            : ''}
          .
        </p>
      )}
      {total > 0 && (
        <p>
          <strong>Weeks reflected: {total}</strong>
          {!preferences.hideStreak && run.current > 1 && ` · ${run.current} weeks in a row`}
        </p>
      )}
      {!preferences.hideStreak && run.lastBrokenWeekOf && run.lastBrokenWeekOf !== lateWeek && total > 0 && (
        <p className="muted">
          Your run of {run.previousRun} {run.previousRun === 1 ? 'week' : 'weeks'} ended in the week of {formatCalendarDate(run.lastBrokenWeekOf)}. Every
          week you reflected still counts.
        </p>
      )}
    </section>
  );
}
