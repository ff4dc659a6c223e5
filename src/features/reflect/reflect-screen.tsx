/**
 * /reflect — the weekly reflection: one guided flow of five parts — pulse,
 * a short practice, a journal prompt, last week's intention followed up, a
 * new intention — saved after every part, so it can be left and resumed at
 * any part. Each part is another feature's screen, composed in by the app
 * (a feature never imports another). Finishing counts the week. A pulse
 * already taken this week is carried into part 1; an intention chosen but
 * not yet set in part 5 is saved by Finish. The weekly rhythm is offered
 * before the reflection and once at its end, not under every part. This
 * file holds the way in and the end; the parts themselves are weekly-flow.tsx.
 */
import { useEffect, useRef, useState } from 'react';
import { paths } from '../../app/paths.ts';
import { newId } from '../../domain/ids.ts';
import type { WeeklyReflection } from '../../domain/weekly/weekly-reflection.ts';
import { finish, newWeeklyReflection, resumable, WEEKLY_STEP_TITLES, WEEKLY_STEPS } from '../../domain/weekly/weekly-reflection.ts';
import { addDays, canBackDate, weekOf, weeksReflected } from '../../domain/weekly/weeks.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import { toStorageError } from '../../storage/errors.ts';
import { saveWeeklyReflection } from '../../storage/repositories/weekly-repo.ts';
import { Button, ButtonLink } from '../../ui/button.tsx';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';
import { Notice } from '../../ui/notice.tsx';
import { today } from '../../ui/today.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useWeekly } from './use-weekly.ts';
import type { ReflectSlots } from './weekly-flow.tsx';
import { Flow } from './weekly-flow.tsx';
import { WeeklyPreferences } from './weekly-preferences.tsx';

export type { ReflectSlots } from './weekly-flow.tsx';

export function ReflectScreen({ slots }: { slots: ReflectSlots }) {
  useDocumentTitle('Weekly reflection');
  const connection = useConnection();
  const weekly = useWeekly(connection);
  const [error, setError] = useState<string | null>(null);
  const [finished, setFinished] = useState<WeeklyReflection | null>(null);
  // Focus moves to the first part's heading when the reflection is begun here, not when one is resumed on load.
  const [begunHere, setBegunHere] = useState(false);
  const date = today();
  const thisWeek = weekOf(date);
  const lastWeek = addDays(thisWeek, -7);

  if (weekly === undefined) return <p role="status">Loading your weekly reflection…</p>;
  const completed = weekly.reflections.filter((r) => r.completedAt !== null);
  const current = resumable(weekly.reflections, thisWeek, lastWeek);

  async function save(record: WeeklyReflection) {
    try {
      await saveWeeklyReflection(connection, record);
      setError(null);
    } catch (caught) {
      setError(toStorageError(caught).message);
      throw caught;
    }
  }

  async function begin(late: boolean) {
    setBegunHere(true);
    await save(newWeeklyReflection(newId(), late ? lastWeek : thisWeek, new Date(), late));
  }

  async function complete(record: WeeklyReflection) {
    const done = finish(record, new Date(), thisWeek, canBackDate(date, completed.filter((r) => r.id !== record.id)) === record.weekOf);
    await save(done);
    setFinished(done);
  }

  return (
    <>
      <h1>Weekly reflection</h1>
      {error && <Notice tone="alert">{error}</Notice>}
      {finished ? (
        <>
          <Finished reflection={finished} total={weeksReflected([...completed.filter((r) => r.id !== finished.id), finished])} />
          <WeeklyPreferences connection={connection} preferences={weekly.preferences} />
        </>
      ) : current ? (
        <Flow key={current.id} initial={current} focusFirst={begunHere} slots={slots} save={save} complete={complete} />
      ) : (
        <>
          <Intro completed={completed} date={date} thisWeek={thisWeek} onBegin={(late) => void begin(late).catch(() => undefined)} />
          <WeeklyPreferences connection={connection} preferences={weekly.preferences} />
        </>
      )}
    </>
  );
}

function Intro({ completed, date, thisWeek, onBegin }: { completed: WeeklyReflection[]; date: string; thisWeek: string; onBegin: (late: boolean) => void }) {
  const readOnly = useSession((s) => s.readOnly);
  const doneThisWeek = completed.find((r) => r.weekOf === thisWeek);
  const lateWeek = canBackDate(date, completed);
  return (
    <section className="card" aria-labelledby="weekly-intro-heading">
      <h2 id="weekly-intro-heading">{doneThisWeek ? 'You have reflected this week' : 'About ten minutes, in five parts'}</h2>
      <ol>
        {WEEKLY_STEPS.map((step) => (
          <li key={step}>{WEEKLY_STEP_TITLES[step]}</li>
        ))}
      </ol>
      <p>You can leave at any part and come back to it later; every part is saved as you go.</p>
      <div className="button-row">
        <Button disabled={readOnly} onClick={() => onBegin(false)}>
          {doneThisWeek ? 'Reflect again this week' : 'Begin this week’s reflection'}
        </Button>
        {lateWeek && (
          <Button variant="secondary" disabled={readOnly} onClick={() => onBegin(true)}>
            Reflect for last week instead (week of {formatCalendarDate(lateWeek)}, marked late)
          </Button>
        )}
      </div>
    </section>
  );
}

function Finished({ reflection, total }: { reflection: WeeklyReflection; total: number }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="card" aria-labelledby="weekly-done-heading">
      <h2 id="weekly-done-heading" ref={headingRef} tabIndex={-1}>
        This week’s reflection is done
      </h2>
      <p>
        It counts for the week of {formatCalendarDate(reflection.weekOf)}
        {reflection.late ? ', marked late' : ''}. Weeks reflected: {total}.
      </p>
      <div className="button-row">
        <ButtonLink to={paths.home()}>Back to Today</ButtonLink>
        <ButtonLink variant="secondary" to={paths.journal()}>
          Your journal
        </ButtonLink>
      </div>
    </section>
  );
}
