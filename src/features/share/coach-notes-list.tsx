/** A coach's notes, read-only: each note's text (plain text only), when the coach last changed it, and the result it is about. */
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { formatDate } from '../../ui/format.ts';
import { PlainText } from '../../ui/text-area-field.tsx';

interface Note {
  id: string;
  responseId: string | null;
  text: string;
  updatedAt: string;
}

export function CoachNotesList({ notes }: { notes: readonly Note[] }) {
  return (
    <ul className="answer-list">
      {notes.map((note) => (
        <li key={note.id}>
          <PlainText text={note.text} />
          <p className="muted">
            {formatDate(note.updatedAt)}
            {note.responseId && (
              <>
                {' · '}
                <Link to={paths.result(note.responseId)}>About one of your results</Link>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
