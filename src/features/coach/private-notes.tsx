/**
 * The coach's private notes on one coachee: write a new one, change or remove
 * any. They are kept in the coachee's own database, sealed, and leave this
 * device only when the coach chooses to send some back. A note about one
 * result says which.
 */
import { useEffect, useRef, useState } from 'react';
import type { CoachNote } from '../../domain/coaching/coaching-types.ts';
import { useConnection } from '../../state/session-store.ts';
import { Button } from '../../ui/button.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { PlainText, TextAreaField } from '../../ui/text-area-field.tsx';
import { removeCoachNote, saveCoachNote } from './coach-actions.ts';
import { messageOf } from './message-of.ts';

const NOT_SAVED = 'The note could not be saved. Nothing has been changed; please try again.';

/** A new note, or `note` changed to `text`. */
export function noteWith(linkId: string, responseId: string | null, text: string, note?: CoachNote): CoachNote {
  const now = new Date().toISOString();
  return note ? { ...note, text, updatedAt: now } : { id: crypto.randomUUID(), linkId, responseId, text, createdAt: now, updatedAt: now };
}

export function PrivateNotes({ linkId, notes, about, onChange }: { linkId: string; notes: readonly CoachNote[]; about: (note: CoachNote) => string | null; onChange: () => void }) {
  const connection = useConnection();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<void>, fallback: string): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await work();
      onChange();
      return true;
    } catch (caught) {
      setError(messageOf(caught, fallback));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="private-notes-heading">
      <h2 id="private-notes-heading">Private notes</h2>
      <p>Only you see these, unless you choose to send some back under “Send notes back”.</p>
      {error && <Notice tone="alert">{error}</Notice>}
      {notes.length > 0 && (
        <ul className="result-list" aria-labelledby="private-notes-heading">
          {notes.map((note) => (
            <NoteItem key={note.id} note={note} about={about(note)} busy={busy} run={run} />
          ))}
        </ul>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return setError('Write something in the note first.');
          void run(() => saveCoachNote(connection, noteWith(linkId, null, text.trim())), NOT_SAVED).then((saved) => saved && setText(''));
        }}
      >
        <TextAreaField label="New note" value={text} maxLength={10_000} onChange={(event) => setText(event.target.value)} />
        <Button type="submit" disabled={busy}>
          Save note
        </Button>
      </form>
    </section>
  );
}

function NoteItem({
  note,
  about,
  busy,
  run,
}: {
  note: CoachNote;
  about: string | null;
  busy: boolean;
  run: (work: () => Promise<void>, fallback: string) => Promise<boolean>;
}) {
  const connection = useConnection();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Each change of mode replaces the button pressed: focus goes to what replaced it (the text box, the question), then back.
  const item = useRef<HTMLLIElement>(null);
  const mode = editing !== null ? 'editing' : confirming ? 'confirming' : 'reading';
  const before = useRef(mode);
  useEffect(() => {
    if (before.current === mode) return;
    before.current = mode;
    const target = mode === 'editing' ? 'textarea' : mode === 'confirming' ? '[data-question]' : 'button';
    item.current?.querySelector<HTMLElement>(target)?.focus();
  }, [mode]);
  return (
    <li className="card" ref={item}>
      <p className="muted">
        {about ? `On ${about}. ` : ''}
        {note.updatedAt === note.createdAt ? 'Written' : 'Changed'} {formatDateTime(note.updatedAt)}
      </p>
      {editing === null ? (
        <>
          <PlainText text={note.text} />
          {confirming ? (
            <div className="button-row">
              <p data-question="" tabIndex={-1}>
                Remove this note? It cannot be brought back.
              </p>
              <Button disabled={busy} onClick={() => void run(() => removeCoachNote(connection, note.linkId, note.id), 'The note could not be removed. It is still here; please try again.')}>
                Yes, remove it
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </div>
          ) : (
            <div className="button-row">
              <Button variant="secondary" onClick={() => setEditing(note.text)}>
                Edit note
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(true)}>
                Remove note
              </Button>
            </div>
          )}
        </>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!editing.trim()) return;
            void run(() => saveCoachNote(connection, noteWith(note.linkId, note.responseId, editing.trim(), note)), NOT_SAVED).then(
              (saved) => saved && setEditing(null),
            );
          }}
        >
          <TextAreaField label="Change this note" value={editing} maxLength={10_000} onChange={(event) => setEditing(event.target.value)} />
          <div className="button-row">
            <Button type="submit" disabled={busy}>
              Save changes
            </Button>
            <Button variant="secondary" onClick={() => setEditing(null)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}
