/**
 * "Remove <name>": asks once more, inline, then removes the coachee with
 * everything they shared and the coach's notes on them (their row, key and
 * database), and goes back to the list of coachees.
 */
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useConnection } from '../../state/session-store.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { removeCoachee } from './coach-actions.ts';
import { messageOf } from './message-of.ts';

export function RemoveCoachee({ linkId, name }: { linkId: string; name: string }) {
  const connection = useConnection();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The button pressed is replaced by the question: focus goes to it, and back to the button on Cancel.
  const question = useRef<HTMLParagraphElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (asked.current) ask.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  return (
    <section className="card" aria-labelledby="remove-coachee-heading">
      <h2 id="remove-coachee-heading">Remove this coachee</h2>
      {error && <Notice tone="alert">{error}</Notice>}
      {confirming ? (
        <>
          <p ref={question} tabIndex={-1}>
            This removes everything {name} shared and every note you wrote on them, from this device. It cannot be undone; they can share again later.
          </p>
          <div className="button-row">
            <Button
              disabled={busy}
              onClick={() => {
                setBusy(true);
                setError(null);
                removeCoachee(connection, linkId).then(
                  () => void navigate(paths.coach()),
                  (caught: unknown) => {
                    setBusy(false);
                    setError(messageOf(caught, `${name} could not be removed. Nothing has been changed; please try again.`));
                  },
                );
              }}
            >
              Remove {name} and what they shared
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </>
      ) : (
        <Button ref={ask} variant="secondary" onClick={() => setConfirming(true)}>
          Remove {name}
        </Button>
      )}
    </section>
  );
}
