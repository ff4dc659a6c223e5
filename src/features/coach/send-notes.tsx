/**
 * "Send notes back": the coach ticks the notes the leader may see, names
 * themselves, and makes a small notes file (protected with a passphrase
 * unless the coach unticks it), handed to the share sheet where there is one,
 * else downloaded. Only the ticked notes go in the file; nothing is recorded.
 */
import { useState } from 'react';
import type { CoachNote } from '../../domain/coaching/coaching-types.ts';
import { checkNewPassphrase } from '../../domain/crypto/secret-policy.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import { Button } from '../../ui/button.tsx';
import { handOver } from '../../ui/hand-over.ts';
import { Notice } from '../../ui/notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { makeCoachNotesFile } from './coach-actions.ts';
import { messageOf } from './message-of.ts';

/** The first few words of a note, for its checkbox. */
export function firstWords(text: string, words = 8): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

export function SendNotes({ linkId, notes }: { linkId: string; notes: readonly CoachNote[] }) {
  const connection = useConnection();
  const profileName = useSession((s) => s.profile?.displayName ?? '');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [coachName, setCoachName] = useState(profileName);
  const [protect, setProtect] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<string | null>(null);

  async function make() {
    setError(null);
    setMade(null);
    const noteIds = notes.filter((note) => chosen.has(note.id)).map((note) => note.id);
    if (noteIds.length === 0) return setError('Tick at least one note to send.');
    if (!coachName.trim()) return setError('Give your name as coach, so the leader knows who the notes are from.');
    if (protect) {
      if (passphrase !== again) return setError('The two passphrases are not the same.');
      const policy = await checkNewPassphrase(passphrase);
      if (!policy.ok) return setError(policy.message);
    }
    setBusy(true);
    try {
      const file = await makeCoachNotesFile(connection, linkId, { noteIds, coachName: coachName.trim(), ...(protect ? { passphrase } : {}) });
      const handed = await handOver(file.blob, file.fileName);
      setMade(
        `Notes file ready: ${file.fileName}. ${handed === 'downloaded' ? 'It is in your downloads.' : handed === 'shared' ? 'It was handed to the app you chose.' : 'The share was closed before the file was sent anywhere.'}`,
      );
      setPassphrase('');
      setAgain('');
    } catch (caught) {
      setError(messageOf(caught, 'The notes file could not be made. Nothing has been changed; please try again.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card"
      aria-labelledby="send-notes-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void make();
      }}
    >
      <h2 id="send-notes-heading">Send notes back</h2>
      {notes.length === 0 ? (
        <p>Write a private note first; then you can choose to send it to the leader as a file.</p>
      ) : (
        <>
          <p>Tick the notes the leader may see. They can choose whether to keep them, beside their own results.</p>
          <fieldset className="plain-fieldset">
            <legend className="field__label">Notes to send</legend>
            {notes.map((note) => (
              <label key={note.id} className="check">
                <input
                  type="checkbox"
                  autoComplete="off"
                  checked={chosen.has(note.id)}
                  onChange={(event) => {
                    const next = new Set(chosen);
                    if (event.target.checked) next.add(note.id);
                    else next.delete(note.id);
                    setChosen(next);
                  }}
                />
                <span>{firstWords(note.text)}</span>
              </label>
            ))}
          </fieldset>
          <TextField label="Your name as coach" maxLength={60} value={coachName} disabled={busy} onChange={(event) => setCoachName(event.target.value)} />
          <label className="check">
            <input type="checkbox" autoComplete="off" checked={protect} disabled={busy} onChange={(event) => setProtect(event.target.checked)} />
            <span>Protect with a passphrase</span>
          </label>
          {protect && (
            <>
              <TextField
                label="Passphrase"
                hint="At least 12 characters, or four or more words. Tell it to the leader another way, not with the file."
                type="password"
                autoComplete="new-password"
                value={passphrase}
                disabled={busy}
                onChange={(event) => setPassphrase(event.target.value)}
              />
              <TextField label="Repeat passphrase" type="password" autoComplete="new-password" value={again} disabled={busy} onChange={(event) => setAgain(event.target.value)} />
            </>
          )}
          {error && <Notice tone="alert">{error}</Notice>}
          {busy && <p role="status">Making the notes file…</p>}
          {made && <p role="status">{made}</p>}
          <div className="button-row">
            <Button type="submit" disabled={busy}>
              Make the notes file
            </Button>
          </div>
        </>
      )}
    </form>
  );
}
