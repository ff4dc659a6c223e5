/** Banners for the two version conflicts: read-only (newer data) and closed by another tab's upgrade. */
import { useSession } from '../state/session-store.ts';
import { Button } from '../ui/button.tsx';
import { Notice } from '../ui/notice.tsx';

export function StorageNotices() {
  const readOnly = useSession((s) => s.readOnly);
  const closedByOtherTab = useSession((s) => s.closedByOtherTab);
  const guest = useSession((s) => s.status === 'ready' && (s.profile?.guest ?? false));
  return (
    <>
      {guest && (
        <Notice tone="info" title="Guest session: nothing is kept">
          <p>
            What you answer is only for now. Print or download your result before you finish; “Finish and forget”
            removes everything from this device.
          </p>
        </Notice>
      )}
      {closedByOtherTab && (
        <Notice tone="alert" title="Attune was updated in another tab">
          <p>Reload this page to carry on. Your answers so far are saved.</p>
          <Button onClick={() => window.location.reload()}>Reload</Button>
        </Notice>
      )}
      {readOnly && !closedByOtherTab && (
        <Notice tone="warning" title="Update Attune to keep saving">
          <p>
            Your data was saved by a newer version of Attune. You can read it here, but nothing will be saved until you
            update: close every Attune tab, then open it again.
          </p>
        </Notice>
      )}
    </>
  );
}
