/**
 * /coach/:coacheeId — one coachee's review, read-only: their latest share
 * (when, what it covers, what is new since the one before), their Progress
 * dashboard (the app's slot), their results, journal entries and intentions;
 * then the coach's own: private notes, sending some back, a newer share, and
 * removing the coachee. The page title never names the coachee.
 */
import { Suspense, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { CoachNote } from '../../domain/coaching/coaching-types.ts';
import { toProgressRecords } from '../../domain/coaching/share-records.ts';
import { describeCovers } from '../../domain/coaching/share-covers.ts';
import { describeWhatIsNew } from '../../domain/coaching/what-is-new.ts';
import { useConnection } from '../../state/session-store.ts';
import { formatDate } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import type { CoachSlots } from './coach-slots.ts';
import { SharedIntentions, SharedJournal, SharedResults } from './coachee-records.tsx';
import { OpenShare } from './open-share.tsx';
import { PrivateNotes } from './private-notes.tsx';
import { RemoveCoachee } from './remove-coachee.tsx';
import { resultTitle } from './result-title.ts';
import { SendNotes } from './send-notes.tsx';
import { useCoacheeReview, useCoachNotes } from './use-coachee-review.ts';

const NEWER = { file: 'Newer share file', passphrase: 'Newer share passphrase', button: 'Open newer share' };

export function CoacheeScreen({ slots }: { slots: CoachSlots }) {
  useDocumentTitle('Coaching: a coachee');
  const { coacheeId = '' } = useParams();
  const connection = useConnection();
  const { review, error, reload } = useCoacheeReview(connection, coacheeId);
  const notes = useCoachNotes(connection, coacheeId);
  const records = useMemo(() => (review ? toProgressRecords(review.share.records) : undefined), [review]);

  if (error) {
    return (
      <>
        <h1>Coaching</h1>
        <Notice tone="alert">{error}</Notice>
        <p>
          <Link to={paths.coach()}>Back to your coachees</Link>
        </p>
      </>
    );
  }
  if (!review || !records) return <p role="status">Opening this coachee…</p>;
  const { coachee, share } = review;
  const name = coachee.displayName;
  const news = coachee.whatIsNew ? describeWhatIsNew(coachee.whatIsNew) : [];
  const about = (note: CoachNote) => {
    const response = note.responseId === null ? undefined : share.records.responses.find((r) => r.id === note.responseId);
    return response ? resultTitle(response, share.timeZone) : note.responseId === null ? null : 'a result no longer shared';
  };
  return (
    <>
      <p>
        <Link to={paths.coach()}>Coaching</Link>
      </p>
      <h1>{name}</h1>
      <p>Latest share {formatDate(coachee.latestShareAt)}</p>
      <p>{describeCovers(coachee.covers)}</p>
      {review.unreadable > 0 && (
        <Notice tone="warning" title="Some shared records could not be read">
          <p>{review.unreadable === 1 ? '1 record' : `${review.unreadable} records`} could not be opened, so they are left out here. Nothing has been deleted.</p>
        </Notice>
      )}
      {coachee.whatIsNew && (
        <section aria-labelledby="what-is-new-heading">
          <h2 id="what-is-new-heading">What is new since the last share</h2>
          <ul aria-labelledby="what-is-new-heading">
            {news.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">Progress</h2>
        <Suspense fallback={<p role="status">Loading the charts…</p>}>
          <slots.Dashboard records={records} timeZone={share.timeZone} />
        </Suspense>
      </section>
      <SharedResults linkId={coachee.linkId} share={share} />
      <SharedJournal share={share} />
      <SharedIntentions share={share} />
      {notes.error && <Notice tone="alert">{notes.error}</Notice>}
      {notes.notes && (
        <>
          <PrivateNotes linkId={coachee.linkId} notes={notes.notes} about={about} onChange={notes.reload} />
          <SendNotes linkId={coachee.linkId} notes={notes.notes} />
        </>
      )}
      <section className="card" aria-labelledby="newer-share-heading">
        <h2 id="newer-share-heading">Newer share</h2>
        <p>When {name} sends a newer share, open it here. It replaces the one you have; a share from anyone else is refused.</p>
        <OpenShare labels={NEWER} expectLinkId={coachee.linkId} onDone={reload} />
      </section>
      <RemoveCoachee linkId={coachee.linkId} name={name} />
    </>
  );
}
