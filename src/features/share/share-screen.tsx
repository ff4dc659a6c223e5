/** /share — share chosen records with a coach, and keep notes a coach sent back. */
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { CoachNotesSection } from './coach-notes-section.tsx';
import { ShareForm } from './share-form.tsx';

export function ShareScreen() {
  useDocumentTitle('Share with a coach');
  return (
    <>
      <h1>Share with a coach</h1>
      <p>
        Choose what your coach sees, check exactly what will leave this device, then send them the file. Nothing is sent
        anywhere by Attune itself.
      </p>
      <p>
        Once a file has been sent, it cannot be recalled from anywhere else. Withdrawing a share only asks your coach’s
        Attune to remove it when they open your next share.
      </p>
      <ShareForm />
      <CoachNotesSection />
    </>
  );
}
