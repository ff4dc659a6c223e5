/**
 * What became of an intention: done, partly or not yet, with an optional
 * note. Saved into the intention itself. What is chosen and written stays
 * in the form until the save has finished: if it fails, the reason is shown
 * beside it; if it is slow, the person is told so and can try again.
 * Inside the weekly reflection the form tells the flow when an answer is
 * chosen or written but not yet saved (`onPendingChange`), so Continue can
 * save it rather than drop it.
 */
import { useRef, useState } from 'react';
import type { Intention, Outcome } from '../../domain/intentions/intention.ts';
import { makeFollowUp, OUTCOME_LABELS, OUTCOMES } from '../../domain/intentions/intention.ts';
import { toStorageError } from '../../storage/errors.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { saveIntention } from '../../storage/repositories/intentions-repo.ts';
import { Button } from '../../ui/button.tsx';
import { ChoiceList } from '../../ui/choice-list.tsx';
import { Notice } from '../../ui/notice.tsx';
import { SaveStatus } from '../../ui/save-status.tsx';
import { TextAreaField } from '../../ui/text-area-field.tsx';
import { useSlowNotice } from '../../ui/use-slow-notice.ts';
import { usePendingSave } from './use-pending-save.ts';

export interface FollowUpFormProps {
  connection: ProfileConnection;
  intention: Intention;
  readOnly: boolean;
  onLater?: () => void;
  /** Called once the follow-up is saved (not before), with the outcome that was saved. */
  onSaved?: (outcome: Outcome) => void;
  /**
   * Called with a function that saves the answer chosen or written but not
   * yet saved (resolving true once saved, false when it could not be, with
   * the reason shown here), and with null when nothing is waiting.
   */
  onPendingChange?: (save: (() => Promise<boolean>) | null) => void;
}

export function FollowUpForm({ connection, intention, readOnly, onLater, onSaved, onPendingChange }: FollowUpFormProps) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const slow = useSlowNotice(saving);
  // The latest attempt speaks; an earlier one that lands is held in reserve (below).
  const attempt = useRef(0);
  // An earlier, slow attempt that lands while a retry is out counts once the retry fails (that is what is stored).
  const earlierOutcome = useRef<Outcome | null>(null);
  const failedAttempt = useRef(0);
  const landedOutcome = useRef<Outcome | null>(null);
  const pending = !readOnly && (outcome !== null || note.trim() !== '');
  const clearPending = usePendingSave(pending, save, onPendingChange);

  /** Saves the answer; resolves false (with the reason shown) when there is no outcome or it could not be saved. */
  async function save(): Promise<boolean> {
    if (!outcome) {
      setError('Choose done, partly or not yet.');
      return false;
    }
    const mine = ++attempt.current;
    setSaving(true);
    setError(null);
    /** The follow-up is stored: said once, whichever attempt landed it. */
    const landed = (saved: Outcome) => {
      if (landedOutcome.current !== null) return;
      landedOutcome.current = saved;
      setError(null);
      setSaving(false);
      clearPending(); // nothing waits any more
      onSaved?.(saved);
    };
    try {
      await saveIntention(connection, { ...intention, followUp: makeFollowUp(outcome, note, new Date()) });
      // The latest attempt speaks; an earlier one only once the latest has failed (it is then what is stored).
      if (mine === attempt.current || failedAttempt.current === attempt.current) landed(outcome);
      else earlierOutcome.current = outcome;
      return true;
    } catch (caught) {
      if (mine !== attempt.current) return false;
      failedAttempt.current = mine;
      if (earlierOutcome.current !== null) {
        landed(earlierOutcome.current);
        return true;
      }
      setError(toStorageError(caught).message);
      setSaving(false);
      return false;
    }
  }

  return (
    <form
      aria-label="What became of it"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <ChoiceList
        name={`outcome-${intention.id}`}
        text="How did it go?"
        options={OUTCOMES.map((id) => ({ id, label: OUTCOME_LABELS[id] }))}
        value={outcome ?? undefined}
        onChoose={(_name, id) => setOutcome(id as Outcome)}
        disabled={readOnly}
      />
      <TextAreaField
        label="A note on what happened"
        hint="Optional. What helped, or what got in the way?"
        value={note}
        rows={3}
        maxLength={2000}
        autoComplete="off"
        onChange={(event) => setNote(event.target.value)}
        readOnly={readOnly}
      />
      {error && <Notice tone="alert">{error}</Notice>}
      <SaveStatus slow={slow} />
      <div className="button-row">
        <Button type="submit" disabled={readOnly || (saving && !slow)}>
          {saving ? (slow ? 'Try saving again' : 'Saving…') : 'Save how it went'}
        </Button>
        {onLater && (
          <Button variant="secondary" onClick={onLater}>
            Ask me later
          </Button>
        )}
      </div>
    </form>
  );
}
