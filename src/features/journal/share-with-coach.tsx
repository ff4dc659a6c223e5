/**
 * The "Share with my coach" mark on a journal entry. Ticking it only marks
 * the entry: nothing leaves the device until the writer makes a share whose
 * journal choice is "Only entries marked for my coach". Unticked, the field
 * is removed from the entry (never stored as false), as the contract says.
 */
import { useId } from 'react';
import type { JournalEntry } from '../../domain/journal/entry.ts';

/** The entry with the mark set, or with the field removed. */
export function withShareMark(entry: JournalEntry, on: boolean): JournalEntry {
  if (on) return { ...entry, shareWithCoach: true };
  const rest = { ...entry };
  delete rest.shareWithCoach;
  return rest;
}

export function ShareWithCoach({ checked, disabled, onChange }: { checked: boolean; disabled: boolean; onChange: (on: boolean) => void }) {
  const hintId = useId();
  return (
    <div className="field">
      <label className="check">
        <input type="checkbox" autoComplete="off" checked={checked} disabled={disabled} aria-describedby={hintId} onChange={(event) => onChange(event.target.checked)} />
        <span>Share with my coach</span>
      </label>
      <p id={hintId} className="field__hint">
        Nothing is sent now. When you share with a coach, you can choose to include only the entries marked like this.
      </p>
    </div>
  );
}
