/** /share — share chosen records with a coach, and keep notes a coach sent back. */
import { useDocumentTitle } from '../../ui/use-document-title.ts';

export function ShareScreen() {
  useDocumentTitle('Share with a coach');
  return <h1>Share with a coach</h1>;
}
