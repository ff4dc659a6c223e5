/** /coach — the coach space: coachees, and opening a share. */
import { useDocumentTitle } from '../../ui/use-document-title.ts';

export function CoachScreen() {
  useDocumentTitle('Coaching');
  return <h1>Coaching</h1>;
}
