/**
 * What became of an intention: done, partly or not yet, with an optional
 * note. Saved into the intention itself.
 */
import { useState } from 'react';
import type { Intention, Outcome } from '../../domain/intentions/intention.ts';
import { makeFollowUp, OUTCOME_LABELS, OUTCOMES } from '../../domain/intentions/intention.ts';
import { toStorageError } from '../../storage/errors.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { saveIntention } from '../../storage/repositories/intentions-repo.ts';
import { Button } from '../../ui/button.tsx';
import { ChoiceList } from '../../ui/choice-list.tsx';
import { Notice } from '../../ui/notice.tsx';
import { TextAreaField } from '../../ui/text-area-field.tsx';

export interface FollowUpFormProps {
  connection: ProfileConnection;
  intention: Intention;
  readOnly: boolean;
  onLater?: () => void;
  onSaved?: () => void;
}

export function FollowUpForm({ connection, intention, readOnly, onLater, onSaved }: FollowUpFormProps) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save() {
    if (!outcome) {
      setError('Choose done, partly or not yet.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await saveIntention(connection, { ...intention, followUp: makeFollowUp(outcome, note, new Date()) });
      onSaved?.();
    } catch (caught) {
      setError(toStorageError(caught).message);
    } finally {
      setSaving(false);
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
        onChange={(event) => setNote(event.target.value)}
        readOnly={readOnly}
      />
      {error && <Notice tone="alert">{error}</Notice>}
      <div className="button-row">
        <Button type="submit" disabled={readOnly || saving}>
          {saving ? 'Saving…' : 'Save how it went'}
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
