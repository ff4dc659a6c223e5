/**
 * Quick-unlock PIN for this session: at least 6 digits; it holds the key in
 * memory only (a reload forgets it), and 5 wrong PINs drop it. Setting it
 * asks for the passphrase again: no copy of the key that could be wrapped is
 * kept while the profile is open, so the PIN's copy is made from the
 * passphrase's, inside the key worker.
 */
import { useState } from 'react';
import { checkPin } from '../../domain/crypto/secret-policy.ts';
import { useSession } from '../../state/session-store.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { describeProfileError } from './describe-error.ts';

export function PinSection() {
  const profile = useSession((s) => s.profile);
  const pinSet = useSession((s) => s.pinProfileId !== null && s.pinProfileId === s.profile?.id);
  const setPin = useSession((s) => s.setPin);
  const [passphrase, setPassphrase] = useState('');
  const [pin, setPinText] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'alert' | 'info'; text: string } | null>(null);
  if (!profile?.hasPassphrase) return null;

  return (
    <form
      className="card"
      aria-labelledby="pin-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const policy = checkPin(pin);
        if (!policy.ok) return setMessage({ tone: 'alert', text: policy.message });
        if (passphrase.length === 0) return setMessage({ tone: 'alert', text: 'Enter your passphrase to set a PIN.' });
        setBusy(true);
        setPin(passphrase, pin)
          .then(
            () => {
              setPinText('');
              setMessage({ tone: 'info', text: 'PIN set for this session. After a reload, or 5 wrong PINs, the passphrase is needed again.' });
            },
            (e: unknown) => setMessage({ tone: 'alert', text: describeProfileError(e) }),
          )
          .finally(() => {
            setPassphrase('');
            setBusy(false);
          });
      }}
    >
      <h2 id="pin-heading">Quick-unlock PIN for this session</h2>
      <p>{pinSet ? 'A PIN is set for this session.' : 'Unlock with a short PIN until you close or reload Attune. It is never saved.'}</p>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <TextField label="Your passphrase" type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      <TextField label="PIN (at least 6 digits)" type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPinText(e.target.value)} />
      <Button type="submit" disabled={busy}>
        {busy ? 'Working…' : pinSet ? 'Change PIN' : 'Set PIN'}
      </Button>
    </form>
  );
}
