/** Setting a passphrase on this profile (re-encrypts everything), or changing it (re-wraps the key only). */
import { useState } from 'react';
import { useSession } from '../../state/session-store.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useProfileAction } from './use-profile-action.ts';

export function PassphraseSection() {
  const hasPassphrase = useSession((s) => s.profile?.hasPassphrase ?? false);
  const setPassphrase = useSession((s) => s.setPassphrase);
  const changePassphrase = useSession((s) => s.changePassphrase);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, run } = useProfileAction();

  async function submit() {
    setDone(null);
    const changing = hasPassphrase;
    // The change is queued at once (the store checks the passphrase in its turn), so a tick of
    // "This is a shared device" made a moment later is checked after it, not refused before it.
    if (next !== confirm) return setError('The two new passphrases are not the same.');
    const ok = await run(() => (changing ? changePassphrase(current, next) : setPassphrase(next)));
    if (!ok) return;
    setDone(changing ? 'Passphrase changed.' : 'Passphrase set. Everything in this profile is now encrypted on this device.');
    setCurrent('');
    setNext('');
    setConfirm('');
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
      {error && <Notice tone="alert">{error}</Notice>}
      {done && <Notice tone="info">{done}</Notice>}
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
