/**
 * The practice log form: how long (minutes and seconds), date, an optional
 * note and "Which element did this help?" (the practice's own elements
 * first, then the rest, then "Not sure"). After a timed practice the
 * practice is fixed and the length is the time the timer measured, which
 * the person may correct before saving; for a practice done without the
 * timer a select offers every practice or "Something else".
 */
import { useId, useState } from 'react';
import type { Practice } from '../../content/practice-schema.ts';
import { practiceMinutes } from '../../content/practices.ts';
import type { ElementId } from '../../domain/elements/element-ids.ts';
import { ELEMENT_IDS, ELEMENT_NAMES } from '../../domain/elements/element-ids.ts';
import type { PracticeLogEntry } from '../../domain/practice/practice-log.ts';
import { MAX_PRACTICE_SECONDS } from '../../domain/practice/practice-log.ts';
import { isLocalDate } from '../../domain/weekly/weeks.ts';
import { toStorageError } from '../../storage/errors.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { SaveStatus } from '../../ui/save-status.tsx';
import { TextAreaField } from '../../ui/text-area-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { today as todayLocal } from '../../ui/today.ts';
import { useSlowNotice } from '../../ui/use-slow-notice.ts';
import { newLogEntry } from './log-entry.ts';

const SOMETHING_ELSE = '';
export const MAX_MINUTES = MAX_PRACTICE_SECONDS / 60;

export interface PracticeLogFormProps {
  /** The form's accessible name. */
  label: string;
  /** The practice just done (timed); omit it and pass `practices` to choose one. */
  practice?: Practice;
  /** Offered in a select, with "Something else", when no `practice` is given. */
  practices?: readonly Practice[];
  /** The time measured by the timer, in whole seconds; without it, the chosen practice's planned length. */
  defaultSeconds?: number;
  defaultDate?: string;
  readOnly: boolean;
  /** Saves the entry; a thrown storage error is shown in the form. */
  onSave: (entry: PracticeLogEntry) => Promise<void>;
  /** "Don't log this", when given. */
  onDismiss?: () => void;
}

function elementOrder(first: readonly ElementId[]): Array<ElementId | 'none'> {
  return [...first, ...ELEMENT_IDS.filter((id) => !first.includes(id)), 'none'];
}

type Errors = { minutes?: string; seconds?: string; duration?: string; date?: string; save?: string };

/** A whole number from a field, blank counting as 0; NaN for anything else. */
function wholeNumber(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
}

/** The length in seconds, or what is wrong with the fields. */
function readDuration(minutesText: string, secondsText: string): { seconds: number } | { errors: Errors } {
  const minutes = wholeNumber(minutesText);
  const seconds = wholeNumber(secondsText);
  const errors: Errors = {};
  if (!(minutes >= 0 && minutes <= MAX_MINUTES)) errors.minutes = `Enter the minutes as a whole number from 0 to ${MAX_MINUTES}.`;
  if (!(seconds >= 0 && seconds <= 59)) errors.seconds = 'Enter the seconds as a whole number from 0 to 59.';
  if (errors.minutes || errors.seconds) return { errors };
  const total = minutes * 60 + seconds;
  if (total === 0) return { errors: { duration: 'Enter how long you practised: at least 1 second.' } };
  if (total > MAX_PRACTICE_SECONDS) return { errors: { duration: `Enter no more than ${MAX_MINUTES} minutes in all.` } };
  return { seconds: total };
}

export function PracticeLogForm({ label, practice, practices = [], defaultSeconds, defaultDate, readOnly, onSave, onDismiss }: PracticeLogFormProps) {
  const [chosenId, setChosenId] = useState<string>(practice?.id ?? practices[0]?.id ?? SOMETHING_ELSE);
  const chosen = practice ?? practices.find((p) => p.id === chosenId);
  const [otherTitle, setOtherTitle] = useState('');
  const [minutes, setMinutes] = useState(String(defaultSeconds !== undefined ? Math.floor(defaultSeconds / 60) : chosen ? practiceMinutes(chosen) : 10));
  const [seconds, setSeconds] = useState(String(defaultSeconds !== undefined ? defaultSeconds % 60 : 0));
  const [lengthTouched, setLengthTouched] = useState(false);
  const [today] = useState(todayLocal);
  const [date, setDate] = useState(defaultDate ?? today);
  const [note, setNote] = useState('');
  const [element, setElement] = useState<ElementId | 'none'>('none');
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const slow = useSlowNotice(saving);
  const elementLegend = useId();
  const selectId = useId();
  const radioName = useId();
  const lengthLegend = useId();
  const lengthError = useId();
  const lengthHint = useId();

  function choose(id: string) {
    setChosenId(id);
    const next = practices.find((p) => p.id === id);
    if (next && !lengthTouched) {
      setMinutes(String(practiceMinutes(next)));
      setSeconds('0');
    }
  }

  async function submit() {
    const length = readDuration(minutes, seconds);
    const nextErrors: Errors = 'errors' in length ? { ...length.errors } : {};
    if (!isLocalDate(date) || date > today) nextErrors.date = 'Enter a date no later than today.';
    setErrors(nextErrors);
    if ('errors' in length || nextErrors.date) return;
    setSaving(true);
    try {
      await onSave(
        newLogEntry({
          date,
          practiceId: chosen?.id ?? null,
          practiceTitle: chosen?.title ?? (otherTitle.trim() || 'Something else'),
          seconds: length.seconds,
          note,
          elementId: element === 'none' ? null : element,
        }),
      );
    } catch (caught) {
      setErrors({ save: toStorageError(caught).message });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      aria-label={label}
      className="practice-log-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {!practice && (
        <div className="field">
          <label htmlFor={selectId} className="field__label">
            Practice
          </label>
          <select id={selectId} className="field__input" autoComplete="off" value={chosenId} onChange={(event) => choose(event.target.value)} disabled={readOnly}>
            {practices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
            <option value={SOMETHING_ELSE}>Something else</option>
          </select>
        </div>
      )}
      {!practice && !chosen && (
        <TextField label="What did you practise?" hint="Optional." autoComplete="off" value={otherTitle} maxLength={120} onChange={(event) => setOtherTitle(event.target.value)} readOnly={readOnly} />
      )}
      <fieldset
        className="likert"
        aria-labelledby={lengthLegend}
        aria-describedby={[practice ? lengthHint : '', errors.duration ? lengthError : ''].filter(Boolean).join(' ') || undefined}
        disabled={readOnly}
      >
        <legend id={lengthLegend} className="likert__text">
          How long did you practise?
        </legend>
        {practice && (
          <p id={lengthHint} className="field__hint">
            The time on the timer. Change it if it is not right.
          </p>
        )}
        {errors.duration && (
          <p id={lengthError} className="field__error">
            {errors.duration}
          </p>
        )}
        <TextField
          label="Minutes"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_MINUTES}
          step={1}
          value={minutes}
          error={errors.minutes ?? null}
          aria-invalid={errors.minutes || errors.duration ? true : undefined}
          onChange={(event) => {
            setMinutes(event.target.value);
            setLengthTouched(true);
          }}
          readOnly={readOnly}
        />
        <TextField
          label="Seconds"
          type="number"
          inputMode="numeric"
          min={0}
          max={59}
          step={1}
          value={seconds}
          error={errors.seconds ?? null}
          aria-invalid={errors.seconds || errors.duration ? true : undefined}
          onChange={(event) => {
            setSeconds(event.target.value);
            setLengthTouched(true);
          }}
          readOnly={readOnly}
        />
      </fieldset>
      <TextField label="Date" type="date" max={today} value={date} error={errors.date ?? null} onChange={(event) => setDate(event.target.value)} readOnly={readOnly} />
      <fieldset className="likert" role="radiogroup" aria-labelledby={elementLegend} disabled={readOnly}>
        <legend id={elementLegend} className="likert__text">
          Which element did this help?
        </legend>
        <div className="likert__options">
          {elementOrder(chosen?.elements ?? []).map((id) => (
            <label key={id} className="likert__option">
              <input type="radio" name={radioName} autoComplete="off" value={id} checked={element === id} onChange={() => setElement(id)} />
              <span>{id === 'none' ? 'Not sure' : ELEMENT_NAMES[id]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField label="Note" hint="Optional. What did you notice?" value={note} rows={3} maxLength={2000} onChange={(event) => setNote(event.target.value)} readOnly={readOnly} />
      {errors.save && <Notice tone="alert">{errors.save}</Notice>}
      <SaveStatus slow={slow} />
      <div className="button-row">
        <Button type="submit" disabled={readOnly || saving}>
          {saving ? 'Saving…' : 'Save to my practice log'}
        </Button>
        {onDismiss && (
          <Button variant="secondary" onClick={onDismiss} disabled={saving}>
            Don't log this
          </Button>
        )}
      </div>
    </form>
  );
}
