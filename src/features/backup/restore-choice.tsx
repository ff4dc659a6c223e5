/**
 * How to restore an opened backup: added to this profile (never overwriting
 * or losing a record) or as a new profile, with a name prefilled from the
 * file and an optional passphrase (required on a shared device, as for any
 * new profile). Checks the choice, then hands it to `onRestore`.
 */
import { useId, useState } from 'react';
import { checkNewPassphrase } from '../../domain/crypto/secret-policy.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { TextField } from '../../ui/text-field.tsx';

/** The longest profile name the profile forms allow. */
export const PROFILE_NAME_MAX = 60;

/** A name from the file cut to the profile name limit, never splitting a character in two. */
function clipName(name: string): string {
  let clipped = name.trim().slice(0, PROFILE_NAME_MAX);
  if (/[\uD800-\uDBFF]$/.test(clipped)) clipped = clipped.slice(0, -1);
  return clipped.trim();
}

export type RestoreChoice = { how: 'merge' } | { how: 'new'; displayName: string; passphrase: string | null };

export interface RestoreChoiceProps {
  suggestedName: string;
  /** The open profile holds no records: adding to it is the default, and the screen says why. */
  profileEmpty: boolean;
  sharedDevice: boolean;
  /** A guest session keeps nothing, so a file is restored only as a new profile. */
  guest: boolean;
  onRestore: (choice: RestoreChoice) => void;
}

export function RestoreChoiceForm({ suggestedName, profileEmpty, sharedDevice, guest, onRestore }: RestoreChoiceProps) {
  const legendId = useId();
  const [how, setHow] = useState<'merge' | 'new'>(profileEmpty && !guest ? 'merge' : 'new');
  const [name, setName] = useState(() => clipName(suggestedName));
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    setError(null);
    if (how === 'merge') return onRestore({ how });
    if (!name.trim()) return setError('Give the new profile a name.');
    if (name.trim().length > PROFILE_NAME_MAX) return setError(`Keep the new profile’s name to ${PROFILE_NAME_MAX} characters or fewer.`);
    // Text in either field means a passphrase was meant: never create the profile unprotected without a word.
    const wantsPassphrase = sharedDevice || passphrase.length > 0 || again.length > 0;
    if (wantsPassphrase) {
      if (passphrase !== again) return setError('The two passphrases are not the same.');
      const policy = await checkNewPassphrase(passphrase);
      if (!policy.ok) return setError(policy.message);
    }
    onRestore({ how, displayName: name.trim(), passphrase: wantsPassphrase ? passphrase : null });
  }

  return (
    <form
      aria-label="Restore this file"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset className="plain-fieldset" role="radiogroup" aria-labelledby={legendId}>
        <legend id={legendId} className="field__label">How to restore</legend>
        {!guest && (
          <label className="check">
            <input type="radio" name="restore-how" autoComplete="off" checked={how === 'merge'} onChange={() => setHow('merge')} />
            <span>Add to this profile</span>
          </label>
        )}
        <label className="check">
          <input type="radio" name="restore-how" autoComplete="off" checked={how === 'new'} onChange={() => setHow('new')} />
          <span>As a new profile</span>
        </label>
      </fieldset>
      <p className="muted">
        {guest
          ? 'This is a guest session, which keeps nothing, so the file can be restored only as a new profile.'
          : profileEmpty
          ? 'This profile holds nothing yet, so adding the file to it is suggested.'
          : 'This profile already holds records. Adding the file keeps every one of them; a new profile keeps the two apart.'}
      </p>
      {how === 'new' && (
        <>
          <TextField label="Name for the new profile" value={name} maxLength={PROFILE_NAME_MAX} autoComplete="off" onChange={(e) => setName(e.target.value)} />
          <TextField
            label={sharedDevice ? 'Passphrase for the new profile' : 'Passphrase for the new profile (optional)'}
            hint="At least 12 characters, or four or more words. Nobody can recover it for you."
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
          <TextField label="New profile passphrase again" type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />
        </>
      )}
      {error && <Notice tone="alert">{error}</Notice>}
      <Button type="submit">Restore</Button>
    </form>
  );
}
