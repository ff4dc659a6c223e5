/**
 * A polite live region beside a save button. Quiet while a save is quick;
 * once it is slow (see useSlowNotice), it tells the person so, and that
 * what they wrote is still here. The region is always in the page, so
 * screen readers announce the message when it appears.
 */
export const STILL_SAVING = 'Still saving… Your words are kept on this screen until they are saved. You can try again.';

export function SaveStatus({ slow }: { slow: boolean }) {
  return (
    <div className="save-status muted" role="status">
      {slow ? STILL_SAVING : ''}
    </div>
  );
}
