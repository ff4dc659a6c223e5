/** Setting a passphrase on this profile (re-encrypts everything), or changing it (re-wraps the key only). */
import { useState } from 'react';
import { checkPassphrase } from '../../domain/crypto/secret-policy.ts';
import { useSession } from '../../state/session-store.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { describeProfileError } from './describe-error.ts';

export function PassphraseSection() {
  const hasPassphrase = useSession((s) => s.profile?.hasPassphrase ?? false);
  const setPassphrase = useSession((s) => s.setPassphrase);
  const changePassphrase = useSession((s) => s.changePassphrase);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [message, setMessage] = useState<{ tone: 'alert' | 'info'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const policy = checkPassphrase(next);
    if (!policy.ok) return setMessage({ tone: 'alert', text: policy.message });
    if (next !== confirm) return setMessage({ tone: 'alert', text: 'The two new passphrases are not the same.' });
    setBusy(true);
    setMessage(null);
    try {
      if (hasPassphrase) await changePassphrase(current, next);
      else await setPassphrase(next);
      setMessage({ tone: 'info', text: hasPassphrase ? 'Passphrase changed.' : 'Passphrase set. Everything in this profile is now encrypted on this device.' });
      setCurrent('');
      setNext('');
      setConfirm('');
    } catch (e) {
      setMessage({ tone: 'alert', text: describeProfileError(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card"
      aria-labelledby="passphrase-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="passphrase-heading">{hasPassphrase ? 'Change passphrase' : 'Lock this profile with a passphrase'}</h2>
      {!hasPassphrase && (
        <p>
          Your reflections are then encrypted on this device, and nobody can read them without the passphrase. Nobody can
          recover a forgotten passphrase, not even us.
        </p>
      )}
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {hasPassphrase && (
        <TextField label="Current passphrase" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
      )}
      <TextField
        label="New passphrase"
        hint="At least 12 characters, or four or more words."
        type="password"
        autoComplete="new-password"
        value={next}
        onChange={(e) => setNext(e.target.value)}
      />
      <TextField label="New passphrase again" type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
      <Button type="submit" disabled={busy}>
        {busy ? 'Working…' : hasPassphrase ? 'Change passphrase' : 'Set passphrase'}
      </Button>
    </form>
  );
}
