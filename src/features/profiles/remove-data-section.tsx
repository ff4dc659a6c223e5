/**
 * Remove my data: deletes this profile's key, then all of its records, from
 * this device. Asks for the passphrase (when there is one) and an explicit
 * confirmation. Other profiles are untouched.
 */
import { useState } from 'react';
import { useSession } from '../../state/session-store.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useProfileAction } from './use-profile-action.ts';

export function RemoveDataSection() {
  const profile = useSession((s) => s.profile);
  const removeMyData = useSession((s) => s.removeMyData);
  const [passphrase, setPassphrase] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const { busy, error, setError, run } = useProfileAction();

  async function submit() {
    if (!confirmed) return setError('Tick the box to confirm that you want to remove everything.');
    await run(() => removeMyData(profile?.hasPassphrase ? passphrase : null));
  }

  return (
    <form
      className="card"
      aria-labelledby="remove-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="remove-heading">Remove my data from this device</h2>
      <p>
        This deletes the profile “{profile?.displayName}” and every reflection in it from this device. It cannot be undone.
        Other people’s profiles are not affected.
      </p>
      {error && <Notice tone="alert">{error}</Notice>}
      {profile?.hasPassphrase && (
        <TextField label="Your passphrase" type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      )}
      <label className="check">
        <input type="checkbox" autoComplete="off" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        <span>I understand that everything in this profile will be removed for good</span>
      </label>
      <Button type="submit" disabled={busy}>
        {busy ? 'Removing…' : 'Remove my data'}
      </Button>
    </form>
  );
}
