/** A named `<progress>` for a backup or restore at work: how far, when the work says; moving on its own until then. */
import type { FileProgress } from '../../storage/files/backup-types.ts';

const PHASES: Record<FileProgress['phase'], string> = {
  reading: 'Reading',
  preparing: 'Preparing',
  checking: 'Checking',
  writing: 'Writing',
};

export function WorkProgress({ label, progress }: { label: string; progress: FileProgress | null }) {
  const known = progress !== null && progress.total > 0;
  return (
    <div className="field">
      {known ? (
        <progress aria-label={label} max={progress.total} value={Math.min(progress.done, progress.total)} />
      ) : (
        <progress aria-label={label} />
      )}
      <p className="muted">{progress === null ? `${label}…` : `${PHASES[progress.phase]}: ${progress.done} of ${progress.total}`}</p>
    </div>
  );
}
