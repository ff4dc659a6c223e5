/**
 * "Notes from your coach": open a notes file a coach sent back (checked in
 * the file worker; a file of another kind, or notes meant for someone else,
 * is refused with the reason), see every note before choosing, keep them or
 * not. Kept notes are listed by coach, each coach's removable in one action;
 * notes about a result also show beside that result.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CoachComment, CoachNotesBody } from '../../domain/coaching/coaching-types.ts';
import type { OpenedFile } from '../../domain/files/file-types.ts';
import { useConnection } from '../../state/session-store.ts';
import type { CoachNotesPreview } from '../../storage/sharing/share-types.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { CoachNotesList } from './coach-notes-list.tsx';
import { describeFailure } from './describe-failure.ts';
import { keepCoachNotes, listCoachComments, openNotesFile, previewCoachNotes, removeCoachComments } from './share-actions.ts';

type Step =
  | { name: 'choose'; needsPassphrase: boolean }
  | { name: 'opening' }
  | { name: 'preview'; opened: OpenedFile<CoachNotesBody>; preview: CoachNotesPreview }
  | { name: 'keeping' };

const NOT_OPENED = 'This file could not be opened. Nothing has been changed; try another file.';

export function CoachNotesSection() {
  const connection = useConnection();
  const [file, setFile] = useState<File | null>(null);
  /** Changed to empty the file input once its file is dealt with (kept or not), so it does not look still chosen. */
  const [inputKey, setInputKey] = useState(0);
  const [passphrase, setPassphrase] = useState('');
  const [step, setStep] = useState<Step>({ name: 'choose', needsPassphrase: false });
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [kept, setKept] = useState<CoachComment[] | undefined>(undefined);
  const previewRef = useRef<HTMLElement>(null);

  const refresh = useCallback(
    () =>
      listCoachComments(connection).then(
        (all) => setKept(all),
        (caught: unknown) => {
          setKept([]);
          setAlert(describeFailure(caught, 'The notes you kept could not be read just now. Nothing has been changed.'));
        },
      ),
    [connection],
  );
  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function open() {
    setAlert(null);
    setStatus(null);
    if (!file) return setAlert('Choose the notes file your coach sent you, under “Notes file”.');
    const needed = step.name === 'choose' && step.needsPassphrase;
    setStep({ name: 'opening' });
    try {
      const result = await openNotesFile(file, needed ? passphrase : undefined);
      if (!result.ok) {
        const { reason, message } = result.rejection;
        if (reason !== 'needs-passphrase') setAlert(message);
        setStep({ name: 'choose', needsPassphrase: reason === 'needs-passphrase' || reason === 'wrong-passphrase' });
        return;
      }
      const checked = await previewCoachNotes(connection, result.file);
      if (!checked.ok) {
        setAlert(checked.message);
        setStep({ name: 'choose', needsPassphrase: false });
        return;
      }
      setPassphrase('');
      setStep({ name: 'preview', opened: result.file, preview: checked.preview });
    } catch (caught) {
      setAlert(describeFailure(caught, NOT_OPENED));
      setStep({ name: 'choose', needsPassphrase: false });
    }
  }

  async function keep(opened: OpenedFile<CoachNotesBody>) {
    setAlert(null);
    setStep({ name: 'keeping' });
    try {
      const count = await keepCoachNotes(connection, opened);
      setStatus(`Kept ${count} ${count === 1 ? 'note' : 'notes'} from ${opened.body.coachName}.`);
      setFile(null);
      setInputKey((k) => k + 1);
      await refresh();
    } catch (caught) {
      setAlert(describeFailure(caught, 'The notes could not be kept. Nothing has been changed; please try again.'));
    }
    setStep({ name: 'choose', needsPassphrase: false });
  }

  async function remove(coachName: string) {
    setAlert(null);
    setStatus(null);
    try {
      await removeCoachComments(connection, coachName);
      setStatus(`Notes from ${coachName} removed.`);
      await refresh();
    } catch (caught) {
      setAlert(describeFailure(caught, 'The notes could not be removed. Nothing has been changed; please try again.'));
    }
  }

  // The preview replaces the passphrase field (and may appear under it): focus goes to it, so it is read out and the choice is next.
  useEffect(() => {
    if (step.name === 'preview') previewRef.current?.focus();
  }, [step.name]);

  const busy = step.name === 'opening' || step.name === 'keeping';
  return (
    <section className="card" aria-labelledby="coach-notes-heading">
      <h2 id="coach-notes-heading">Notes from your coach</h2>
      <p>If your coach sends notes back as a file, open it here. You will see every note before choosing whether to keep them.</p>
      <form
        aria-label="Open a notes file"
        onSubmit={(event) => {
          event.preventDefault();
          void open();
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor="coach-notes-file">
            Notes file
          </label>
          <input
            key={inputKey}
            id="coach-notes-file"
            type="file"
            accept=".json,application/json"
            autoComplete="off"
            disabled={busy}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setPassphrase('');
              setAlert(null);
              setStep({ name: 'choose', needsPassphrase: false });
            }}
          />
        </div>
        {step.name === 'choose' && step.needsPassphrase && (
          <TextField
            label="Notes file passphrase"
            hint="This file is protected. Type the passphrase your coach gave you."
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        )}
        <Button type="submit" disabled={busy}>
          Open notes file
        </Button>
      </form>
      {step.name === 'opening' && <p role="status">Checking the file…</p>}
      {alert && <Notice tone="alert">{alert}</Notice>}
      {status && <p role="status">{status}</p>}
      {step.name === 'preview' && (
        <section aria-labelledby="coach-notes-preview-heading" tabIndex={-1} ref={previewRef}>
          <h3 id="coach-notes-preview-heading">
            {step.preview.body.notes.length} {step.preview.body.notes.length === 1 ? 'note' : 'notes'} from {step.preview.body.coachName}
          </h3>
          {step.preview.replacing > 0 && <p>{step.preview.replacing} of them replace notes you kept from an earlier file.</p>}
          {step.preview.unknownResults > 0 && (
            <p>{step.preview.unknownResults} are about results no longer on this device, so they would be shown as general notes.</p>
          )}
          <CoachNotesList notes={step.preview.body.notes} />
          <div className="button-row">
            <Button onClick={() => void keep(step.opened)}>Keep these notes</Button>
            <Button
              variant="secondary"
              onClick={() => {
                setStep({ name: 'choose', needsPassphrase: false });
                setFile(null);
                setInputKey((k) => k + 1);
                setStatus('The notes were not kept. Nothing has been changed.');
              }}
            >
              Don't keep them
            </Button>
          </div>
        </section>
      )}
      <KeptNotes kept={kept} onRemove={(name) => void remove(name)} />
    </section>
  );
}

function KeptNotes({ kept, onRemove }: { kept: CoachComment[] | undefined; onRemove: (coachName: string) => void }) {
  if (kept === undefined) return null;
  if (kept.length === 0) return <p className="muted">You have not kept any notes from a coach.</p>;
  const coaches = [...new Set(kept.map((note) => note.coachName))];
  return (
    <>
      <h3>Notes you have kept</h3>
      {coaches.map((coachName) => {
        const notes = kept.filter((note) => note.coachName === coachName);
        return (
          <section key={coachName} aria-label={`Notes from ${coachName}`}>
            <h4>From {coachName}</h4>
            <CoachNotesList notes={notes} />
            <Button variant="secondary" onClick={() => onRemove(coachName)}>
              Remove notes from {coachName}
            </Button>
          </section>
        );
      })}
    </>
  );
}
