/**
 * /coach/:coacheeId/results/:responseId — one of a coachee's results,
 * read-only, with its feedback (the app's Result slot), and the coach's
 * private note on it (one note per result, kept with the coachee's other
 * notes). Nothing of the coachee's can be changed here.
 */
import { Suspense, useState } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { CoachNote } from '../../domain/coaching/coaching-types.ts';
import { useConnection } from '../../state/session-store.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { TextAreaField } from '../../ui/text-area-field.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { saveCoachNote } from './coach-actions.ts';
import type { CoachSlots } from './coach-slots.ts';
import { messageOf } from './message-of.ts';
import { noteWith } from './private-notes.tsx';
import { questionnaireTitle } from './result-title.ts';
import { useCoacheeReview, useCoachNotes } from './use-coachee-review.ts';

export function CoacheeResultScreen({ slots }: { slots: CoachSlots }) {
  const { coacheeId = '', responseId = '' } = useParams();
  const connection = useConnection();
  const { review, error } = useCoacheeReview(connection, coacheeId);
  const notes = useCoachNotes(connection, coacheeId);
  const response = review?.share.records.responses.find((r) => r.id === responseId);
  useDocumentTitle(response ? `Coaching: ${questionnaireTitle(response.questionnaireId)}` : 'Coaching: a result');

  const back = (
    <p>
      <Link to={paths.coachee(coacheeId)}>{review ? `Back to ${review.coachee.displayName}` : 'Back to the coachee'}</Link>
    </p>
  );
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
  if (!review || !notes.notes) return <p role="status">Opening this result…</p>;
  if (!response) {
    return (
      <>
        <h1>Result not shared</h1>
        <p>This result is not in {review.coachee.displayName}’s latest share.</p>
        {back}
      </>
    );
  }
  const note = notes.notes.find((n) => n.responseId === responseId);
  return (
    <>
      {back}
      <h1>{questionnaireTitle(response.questionnaireId)}</h1>
      <Suspense fallback={<p role="status">Loading the result…</p>}>
        <slots.Result response={response} />
      </Suspense>
      <ResultNote key={responseId} linkId={coacheeId} responseId={responseId} note={note} onSaved={notes.reload} />
    </>
  );
}

function ResultNote({ linkId, responseId, note, onSaved }: { linkId: string; responseId: string; note: CoachNote | undefined; onSaved: () => void }) {
  const connection = useConnection();
  const [text, setText] = useState(note?.text ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  return (
    <form
      className="card"
      aria-labelledby="result-note-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) return setError('Write something in the note first.');
        setBusy(true);
        setError(null);
        setSaved(false);
        saveCoachNote(connection, noteWith(linkId, responseId, text.trim(), note)).then(
          () => {
            setBusy(false);
            setSaved(true);
            onSaved();
          },
          (caught: unknown) => {
            setBusy(false);
            setError(messageOf(caught, 'The note could not be saved. Nothing has been changed; please try again.'));
          },
        );
      }}
    >
      <h2 id="result-note-heading">Your private note</h2>
      <p>Only you see it, unless you choose to send it back from the coachee’s page.</p>
      <TextAreaField label="Note on this result" value={text} maxLength={10_000} onChange={(event) => setText(event.target.value)} />
      {error && <Notice tone="alert">{error}</Notice>}
      {saved && <p role="status">Note saved.</p>}
      <Button type="submit" disabled={busy}>
        Save note
      </Button>
    </form>
  );
}
