/**
 * Today's word about backups: a calm reminder with one-tap backup when the
 * browser may clear Attune's data and the last backup is old, or, in a
 * profile that holds nothing yet, an offer to restore one. Like the latest
 * change, it starts only after Today's records are on screen and marked
 * ready, loads as its own chunk, and shows nothing if it cannot be worked out.
 * A guest session, which keeps nothing, gets neither.
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useSession } from '../../state/session-store.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import type { BackupNudge as Nudge } from './backup-nudge-load.ts';

/** One tap: the backup screen starts the backup at once (or asks a locked profile for the file's passphrase first). */
const START_BACKUP = { startBackup: true } as const;

export function BackupNudge({ connection }: { connection: ProfileConnection }) {
  const guest = useSession((s) => s.profile?.guest ?? false);
  const [nudge, setNudge] = useState<Nudge>(null);
  useEffect(() => {
    if (guest) return;
    let live = true;
    // A task after this commit, so HomeRecords' 'attune:home-ready' mark comes first.
    const timer = setTimeout(() => {
      import('./backup-nudge-load.ts')
        .then((m) => m.loadBackupNudge(connection))
        .then(
          (found) => live && setNudge(found),
          () => undefined,
        );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [connection, guest]);

  if (guest) return null;
  if (nudge === 'remind') {
    return (
      <section className="card" aria-labelledby="backup-reminder-heading">
        <h2 id="backup-reminder-heading">Back up your reflections</h2>
        <p>They live only in this browser, which may clear them to free space, and a backup file keeps them safe.</p>
        <p>
          <Link to={paths.backup()} state={START_BACKUP}>
            Back up now
          </Link>
        </p>
      </section>
    );
  }
  if (nudge === 'restore') {
    return (
      <section className="card" aria-labelledby="restore-offer-heading">
        <h2 id="restore-offer-heading">Moving from another device?</h2>
        <p>Used Attune on another device or before a clean-up? Restore your backup here.</p>
        <p>
          <Link to={paths.restore()}>Restore from a backup</Link>
        </p>
      </section>
    );
  }
  return null;
}
