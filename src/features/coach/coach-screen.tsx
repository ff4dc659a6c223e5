/**
 * /coach — the coach space: the coachees, and opening a share from a leader
 * (a new coachee, or a newer share of a known one). For a personal profile,
 * what coaching in Attune is and the choice to make this profile a coach
 * space.
 */
import { useConnection, useSession } from '../../state/session-store.ts';
import { Notice } from '../../ui/notice.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { BecomeCoach } from './become-coach.tsx';
import { CoacheeList } from './coachee-list.tsx';
import { OpenShare } from './open-share.tsx';
import { useCoachees } from './use-coachees.ts';

const LABELS = { file: 'Share file', passphrase: 'Share file passphrase', button: 'Open share' };

export function CoachScreen() {
  useDocumentTitle('Coaching');
  const connection = useConnection();
  const coach = useSession((s) => s.profile?.kind === 'coach');
  const { coachees, error, reload } = useCoachees(connection, coach);
  if (!coach) {
    return (
      <>
        <h1>Coaching</h1>
        <BecomeCoach />
      </>
    );
  }
  return (
    <>
      <h1>Coaching</h1>
      {error ? <Notice tone="alert">{error}</Notice> : <CoacheeList coachees={coachees} />}
      <section className="card" aria-labelledby="open-share-heading">
        <h2 id="open-share-heading">Open a share</h2>
        <p>Open a share file a leader sent you. You will see what it holds before anything is kept.</p>
        <OpenShare labels={LABELS} onDone={reload} />
      </section>
    </>
  );
}
