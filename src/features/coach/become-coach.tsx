/**
 * For a personal profile on /coach: what a coach space is, and one button to
 * make this profile one. The profile's own reflections stay as they are.
 */
import { useState } from 'react';
import { useSession } from '../../state/session-store.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { messageOf } from './message-of.ts';

export function BecomeCoach() {
  const setProfileKind = useSession((s) => s.setProfileKind);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="become-coach-heading">
      <h2 id="become-coach-heading">Coaching with Attune</h2>
      <p>
        If you coach other leaders, they can share their reflections with you as a file. This profile would then keep each of them apart: their records
        never mix with yours or with each other’s, and you can keep private notes on each.
      </p>
      <p>Your own reflections stay here as they are.</p>
      {error && <Notice tone="alert">{error}</Notice>}
      <Button
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setError(null);
          setProfileKind('coach').then(
            () => setBusy(false),
            (caught: unknown) => {
              setBusy(false);
              setError(messageOf(caught, 'This profile could not be made a coaching space. Nothing has been changed; please try again.'));
            },
          );
        }}
      >
        Use this profile for coaching
      </Button>
    </section>
  );
}
