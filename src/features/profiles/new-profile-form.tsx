/**
 * Adds a profile. On a shared device it must have a passphrase; on a personal
 * one it may. It is for the person's own reflections, or a coach space
 * (coaching others, and their own reflections too).
 */
import { useState } from 'react';
import { useSession } from '../../state/session-store.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useProfileAction } from './use-profile-action.ts';

export function NewProfileForm({ onCancel }: { onCancel: () => void }) {
  const shared = useSession((s) => s.device.sharedDevice);
  const createProfile = useSession((s) => s.createProfile);
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [coach, setCoach] = useState(false);
  const { busy, error, setError, run } = useProfileAction();

  async function submit() {
    if (!name.trim()) return setError('Give the profile a name.');
    const wantsPassphrase = shared || passphrase.length > 0;
    if (wantsPassphrase && passphrase !== confirm) return setError('The two passphrases are not the same.');
    await run(() => createProfile(name, wantsPassphrase ? passphrase : null, coach ? { kind: 'coach' } : {})); // the store checks the passphrase's policy in its turn
  }

  return (
    <form
      className="card"
      aria-labelledby="new-profile-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="new-profile-heading">Add a profile</h2>
      {error && <Notice tone="alert">{error}</Notice>}
      <TextField label="Name shown on this device" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" maxLength={60} />
      <fieldset className="plain-fieldset">
        <legend className="field__label">What is this profile for?</legend>
        <label className="check">
          <input type="radio" name="profile-kind" autoComplete="off" checked={!coach} onChange={() => setCoach(false)} />
          <span>My own reflections</span>
        </label>
        <label className="check">
          <input type="radio" name="profile-kind" autoComplete="off" checked={coach} onChange={() => setCoach(true)} />
          <span>Coaching others (and my own reflections)</span>
        </label>
      </fieldset>
      <TextField
        label={shared ? 'Passphrase' : 'Passphrase (optional)'}
        hint="At least 12 characters, or four or more words. Nobody can recover it for you."
        type="password"
        autoComplete="new-password"
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
      />
      <TextField label="Passphrase again" type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
      <div className="button-row">
        <Button type="submit" disabled={busy}>
          {busy ? 'Setting up…' : 'Add profile'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
