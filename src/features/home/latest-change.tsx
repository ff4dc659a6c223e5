/**
 * Today's invitation into Progress: one sentence on the latest change and a
 * link. It must not slow Today's first screen, so it starts only after the
 * home screen's records are on screen and marked ready (its own work is
 * queued behind that effect), loads its code as a separate chunk, and shows
 * nothing at all when there is no change or it cannot be worked out: it is
 * an invitation, never something Today depends on.
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';

export function LatestChange({ connection }: { connection: ProfileConnection }) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // A task after this commit, so HomeRecords' 'attune:home-ready' mark (an effect of the same commit) comes first.
    const timer = setTimeout(() => {
      import('./latest-change-load.ts')
        .then((m) => m.loadLatestChange(connection))
        .then(
          (found) => live && setText(found),
          () => undefined,
        );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [connection]);
  if (!text) return null;
  return (
    <section className="card" aria-labelledby="latest-change-heading">
      <h2 id="latest-change-heading">Your progress</h2>
      <p>{text}</p>
      <p>
        <Link to={paths.progress()}>See your progress</Link>
      </p>
    </section>
  );
}
