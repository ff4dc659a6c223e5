/** /profiles — this profile (name, passphrase, remove my data), this device, switching profile, and restoring one from a backup. */
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useSession } from '../../state/session-store.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { describeProfileError } from './describe-error.ts';
import { DeviceSection } from './device-section.tsx';
import { PassphraseSection } from './passphrase-section.tsx';
import { PinSection } from './pin-section.tsx';
import { RemoveDataSection } from './remove-data-section.tsx';

function RenameSection() {
  const profile = useSession((s) => s.profile);
  const renameProfile = useSession((s) => s.renameProfile);
  const [name, setName] = useState(profile?.displayName ?? '');
  const [message, setMessage] = useState<string | null>(null);
  return (
    <form
      className="card"
      aria-labelledby="rename-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) return setMessage('Give the profile a name.');
        renameProfile(name).then(
          () => setMessage('Name saved.'),
          (e: unknown) => setMessage(describeProfileError(e)),
        );
      }}
    >
      <h2 id="rename-heading">Name</h2>
      {message && <Notice>{message}</Notice>}
      <TextField label="Name shown on this device" value={name} onChange={(e) => setName(e.target.value)} maxLength={60} autoComplete="off" />
      <Button type="submit">Save name</Button>
    </form>
  );
}

export function ProfilesScreen() {
  useDocumentTitle('Profiles');
  const profile = useSession((s) => s.profile);
  const lock = useSession((s) => s.lock);
  if (profile?.guest) {
    return (
      <>
        <h1>Profiles</h1>
        <p>This is a guest session: nothing is kept, and there is no profile to manage.</p>
        <Button variant="secondary" onClick={() => void lock({ toPicker: true })}>
          Finish and choose a profile
        </Button>
      </>
    );
  }
  return (
    <>
      <h1>Profiles</h1>
      <p>
        You are using the profile <strong>{profile?.displayName}</strong>.
      </p>
      <Button variant="secondary" onClick={() => void lock({ toPicker: true })}>
        Switch profile
      </Button>
      <p>
        Used Attune on another device or before a clean-up? <Link to={paths.restore()}>Restore from a backup</Link>, into this
        profile or as a new one.
      </p>
      <RenameSection />
      <PassphraseSection />
      <PinSection />
      <DeviceSection />
      <RemoveDataSection />
    </>
  );
}
