/**
 * The leader's weekly rhythm: the day the reflection is due, whether the run
 * of weeks is shown, and a calendar file (.ics) that adds a weekly reminder
 * to their own calendar. The file is made in the browser; no server, no
 * push, nothing sent anywhere.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { newId } from '../../domain/ids.ts';
import type { Preferences } from '../../domain/preferences.ts';
import { firstOccurrence, weeklyReminderIcs } from '../../domain/weekly/ics.ts';
import { WEEKDAY_NAMES } from '../../domain/weekly/weeks.ts';
import { toStorageError } from '../../storage/errors.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { savePreferences } from '../../storage/repositories/weekly-repo.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { useSession } from '../../state/session-store.ts';
import { today } from '../../ui/today.ts';

/** A labelled choice of weekday, valued 1 (Monday) to 7 (Sunday). */
function WeekdaySelect({ id, label, value, disabled, onChange }: { id: string; label: string; value: number; disabled?: boolean; onChange: (weekday: number) => void }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} autoComplete="off" disabled={disabled} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {WEEKDAY_NAMES.map((day, i) => (
          <option key={day} value={i + 1}>
            {day}
          </option>
        ))}
      </select>
    </div>
  );
}

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'attune-weekly-reflection.ics';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function WeeklyPreferences({ connection, preferences }: { connection: ProfileConnection; preferences: Preferences }) {
  const [error, setError] = useState<string | null>(null);
  const [reminderDay, setReminderDay] = useState(preferences.reminder?.weekday ?? preferences.dueWeekday);
  const [reminderTime, setReminderTime] = useState(preferences.reminder?.time ?? '16:00');
  const [made, setMade] = useState(false);
  const ids = { due: useId(), streak: useId(), day: useId(), time: useId() };
  const readOnly = useSession((s) => s.readOnly);
  // Quick changes build on each other, not on a render that has not caught up yet.
  const current = useRef(preferences);
  useEffect(() => {
    current.current = preferences;
  }, [preferences]);

  function update(change: Partial<Preferences>) {
    current.current = { ...current.current, ...change };
    savePreferences(connection, current.current).then(
      () => setError(null),
      (caught: unknown) => setError(toStorageError(caught).message),
    );
  }

  function makeReminder() {
    const uid = current.current.reminder?.uid ?? `${newId()}@attune.invalid`;
    const sequence = (current.current.reminder?.sequence ?? -1) + 1;
    const text = weeklyReminderIcs({
      weekday: reminderDay,
      time: reminderTime,
      startDate: firstOccurrence(today(), reminderDay),
      uid,
      sequence,
      now: new Date(),
    });
    download(text);
    setMade(true);
    update({ reminder: { weekday: reminderDay, time: reminderTime, uid, sequence } });
  }

  return (
    <section className="card" aria-labelledby="weekly-rhythm-heading">
      <h2 id="weekly-rhythm-heading">Your weekly rhythm</h2>
      {error && <Notice tone="alert">{error}</Notice>}
      <WeekdaySelect id={ids.due} label="My reflection is due on" value={preferences.dueWeekday} disabled={readOnly} onChange={(dueWeekday) => update({ dueWeekday })} />
      <label className="check" htmlFor={ids.streak}>
        <input id={ids.streak} type="checkbox" autoComplete="off" disabled={readOnly} checked={preferences.hideStreak} onChange={(e) => update({ hideStreak: e.target.checked })} />
        Hide my run of weeks in a row (the number of weeks reflected is still shown)
      </label>
      <h3>A reminder in your own calendar</h3>
      <p>Download a calendar file that adds a weekly reminder to the calendar on this device. It works offline and tells no one.</p>
      <div className="journal-filters__row">
        <WeekdaySelect id={ids.day} label="Day" value={reminderDay} onChange={setReminderDay} />
        <div className="field">
          <label className="field__label" htmlFor={ids.time}>
            Time
          </label>
          <input id={ids.time} className="field__input" type="time" autoComplete="off" value={reminderTime} required onChange={(e) => setReminderTime(e.target.value)} />
        </div>
      </div>
      <Button variant="secondary" disabled={!/^\d{2}:\d{2}$/.test(reminderTime)} onClick={makeReminder}>
        Download the calendar reminder (.ics)
      </Button>
      {made && (
        <p role="status">
          Downloaded. Open the file to add “Weekly leadership reflection” every {WEEKDAY_NAMES[reminderDay - 1]} at {reminderTime} to your calendar. If
          your calendar keeps an earlier reminder from Attune as well, delete the old one there.
        </p>
      )}
    </section>
  );
}
