/**
 * Who is using Attune? Display names only: no counts, previews or dates of
 * anyone's reflections. Choosing a profile with a passphrase asks for it next.
 */
import { useState } from 'react';
import { useSession } from '../../state/session-store.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { describeProfileError } from './describe-error.ts';
import { NewProfileForm } from './new-profile-form.tsx';

export function ProfilePicker() {
  useDocumentTitle('Choose your profile');
  const profiles = useSession((s) => s.profiles);
  const chooseProfile = useSession((s) => s.chooseProfile);
  const startGuest = useSession((s) => s.startGuest);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);

  return (
    <section aria-labelledby="picker-heading">
      <h1 id="picker-heading">Who is using Attune?</h1>
      <p>Choose your profile. A profile with a passphrase asks for it next, and nobody else can read it.</p>
      {error && <Notice tone="alert">{error}</Notice>}
      <ul className="profile-list" aria-label="Profiles on this device">
        {profiles.map((profile) => (
          <li key={profile.id}>
            <Button variant="secondary" onClick={() => void chooseProfile(profile.id).catch((e: unknown) => setError(describeProfileError(e)))}>
              {profile.displayName}
            </Button>
          </li>
        ))}
      </ul>
      <div className="card">
        <h2>Just once, without saving</h2>
        <p>Take a reflection without a profile. Nothing is kept on this device once you finish.</p>
        <Button variant="secondary" onClick={() => void startGuest().catch((e: unknown) => setError(describeProfileError(e)))}>
          Use without saving
        </Button>
      </div>
      {adding ? (
        <NewProfileForm onCancel={() => setAdding(false)} />
      ) : (
        <Button variant="quiet" onClick={() => setAdding(true)}>
          Add a profile
        </Button>
      )}
    </section>
  );
}
