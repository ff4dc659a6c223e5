/**
 * Unlocks a profile with its passphrase. Wrong passphrases get one message
 * whatever was wrong, and growing waits; the key is derived off the main
 * thread, so the screen stays responsive while it works. During a wait the
 * Unlock button is disabled, the countdown moves by itself, and a screen
 * reader hears the wait start, coarse steps and its end (not every second).
 */
import { useState } from 'react';
import { useSession } from '../../state/session-store.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { describeCountdown, describeProfileError } from './describe-error.ts';
import { useUnlockWait } from './use-unlock-wait.ts';

export function UnlockForm() {
  useDocumentTitle('Unlock');
  const profile = useSession((s) => s.profile);
  const profiles = useSession((s) => s.profiles);
  const unlock = useSession((s) => s.unlock);
  const unlockWithPin = useSession((s) => s.unlockWithPin);
  const pinAvailable = useSession((s) => s.pinProfileId !== null && s.pinProfileId === s.profile?.id);
  const [usePin, setUsePin] = useState(true);
  const lock = useSession((s) => s.lock);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { waiting, remaining, announcement, noteFailure } = useUnlockWait(profile?.id);
  // The wait holds back passphrases; the session PIN has its own limit (5 wrong, then it is cleared).
  const blocked = waiting && !(pinAvailable && usePin);

  async function submit() {
    if (blocked) return;
    setBusy(true);
    setError(null);
    const withPin = pinAvailable && usePin;
    try {
      if (withPin) await unlockWithPin(passphrase);
      else await unlock(passphrase);
    } catch (e) {
      const stillPin = useSession.getState().pinProfileId !== null;
      const wait = !withPin && noteFailure(e);
      setError(
        wait
          ? null
          : withPin && e instanceof Error && e.name === 'WrongSecretError'
          ? stillPin
            ? 'That PIN did not unlock this profile.'
            : 'That PIN did not unlock this profile, and after 5 wrong PINs it has been cleared. Use your passphrase.'
          : describeProfileError(e),
      );
      setPassphrase('');
      setBusy(false);
    }
  }

  return (
    <form
      aria-labelledby="unlock-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h1 id="unlock-heading">Unlock {profile?.displayName}</h1>
      {error && <Notice tone="alert">{error}</Notice>}
      {blocked && (
        // Not a live region: it changes every second. The announcement below speaks for it.
        <div className="notice notice--warning">
          <div className="notice__body">
            Too many wrong attempts. To keep this profile safe, you can try again in {describeCountdown(remaining)}.
          </div>
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <TextField
        label={pinAvailable && usePin ? 'PIN' : 'Passphrase'}
        type="password"
        inputMode={pinAvailable && usePin ? 'numeric' : undefined}
        autoComplete={pinAvailable && usePin ? 'off' : 'current-password'}
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
        required
      />
      {pinAvailable && (
        <Button variant="quiet" onClick={() => setUsePin(!usePin)}>
          {usePin ? 'Use my passphrase instead' : 'Use my PIN instead'}
        </Button>
      )}
      <div className="button-row">
        <Button type="submit" disabled={busy || blocked || passphrase.length === 0}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </Button>
        {profiles.length > 1 && (
          <Button variant="secondary" onClick={() => void lock({ everywhere: false, toPicker: true })}>
            Not {profile?.displayName}? Choose another profile
          </Button>
        )}
      </div>
    </form>
  );
}
