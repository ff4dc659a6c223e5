/**
 * A named `<progress>` for file work (a backup, a restore, taking in a share):
 * how far, when the work says; moving on its own until then.
 */

/** How far the work is (the storage layer's FileProgress has this shape). */
export interface WorkAtProgress {
  phase: 'reading' | 'preparing' | 'checking' | 'writing';
  done: number;
  total: number;
}

const PHASES: Record<WorkAtProgress['phase'], string> = {
  reading: 'Reading',
  preparing: 'Preparing',
  checking: 'Checking',
  writing: 'Writing',
};

export function WorkProgress({ label, progress }: { label: string; progress: WorkAtProgress | null }) {
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
