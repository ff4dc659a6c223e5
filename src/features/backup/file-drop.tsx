/**
 * Choosing a backup file: a real file input (keyboard and screen readers use
 * it as it is), inside an area that also takes a dropped file. The input is
 * cleared after each choice, so the same file can be chosen again. While it
 * is on screen, a file dropped just beside the area is ignored, rather than
 * opened by the browser in place of Attune.
 */
import { useEffect, useState } from 'react';

/**
 * Whether a drag carries files. `types` is a DOMStringList without
 * `includes` in older engines, and may be missing altogether (jsdom).
 */
function carriesFiles(event: DragEvent): boolean {
  const types: ArrayLike<string> | undefined = event.dataTransfer?.types;
  return Array.from(types ?? []).includes('Files');
}

/** Stops the browser opening a file dropped outside the drop area. */
function holdStrayDrops(event: DragEvent) {
  if (carriesFiles(event)) event.preventDefault();
}

export function FileDrop({ disabled, onFile }: { disabled: boolean; onFile: (file: File) => void }) {
  const [over, setOver] = useState(false);
  useEffect(() => {
    window.addEventListener('dragover', holdStrayDrops);
    window.addEventListener('drop', holdStrayDrops);
    return () => {
      window.removeEventListener('dragover', holdStrayDrops);
      window.removeEventListener('drop', holdStrayDrops);
    };
  }, []);
  return (
    <div
      className={`file-drop${over ? ' file-drop--over' : ''}`}
      onDragOver={(event) => {
        if (disabled) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor="backup-file">
          Choose a backup file
        </label>
        <input
          id="backup-file"
          type="file"
          accept=".json,application/json"
          autoComplete="off"
          disabled={disabled}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
      </div>
      <p className="muted">Or drop the file here.</p>
    </div>
  );
}
