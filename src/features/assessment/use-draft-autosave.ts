/**
 * Holds a questionnaire draft on screen and saves it after every change.
 * Each change goes to storage at once, even while an earlier save is still
 * being written: it is sealed there and then (so a lock a moment later,
 * which drops the key, cannot catch it unsealed), and storage writes in
 * call order, so the stored draft always ends up equal to what is on
 * screen and a save stuck in IndexedDB never holds back the next one.
 * No change ever waits to be saved, so there is nothing for a lock's flush
 * (VersionedDatabase.onFlush) to do here.
 * The save starts before the screen re-renders, and the time from the
 * change to the draft being stored is recorded as a performance measure
 * for the benchmark: "attune:autosave" for an answer, "attune:autosave-step"
 * for a move between steps (which also renders a whole new step).
 */
import { useCallback, useRef, useState } from 'react';
import type { AssessmentDraft } from '../../domain/questionnaire/response.ts';
import { countAnswers } from '../../domain/questionnaire/response.ts';
import { toStorageError } from '../../storage/errors.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { saveDraft } from '../../storage/repositories/drafts-repo.ts';

export interface DraftAutosave {
  draft: AssessmentDraft;
  saveError: string | null;
  /** Applies a change and saves it. `kind` names the benchmark measure: answers and step moves are timed apart. */
  update: (change: (draft: AssessmentDraft) => AssessmentDraft, kind?: 'answer' | 'step') => void;
  /** Resolves once every save started so far has finished. */
  flush: () => Promise<void>;
}

function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // performance.measure with options is missing in some test environments
  }
}

/** Whether a draft holds anything worth saving: an answer, a note, or carried aims the leader has opened to change. */
function hasContent(draft: AssessmentDraft): boolean {
  return (
    countAnswers(draft) > 0 ||
    Object.values(draft.notes ?? {}).some((note) => note.trim() !== '') ||
    (draft.carriedAims?.changing.length ?? 0) > 0
  );
}

export function useDraftAutosave(connection: ProfileConnection, initial: AssessmentDraft): DraftAutosave {
  const [draft, setDraft] = useState(initial);
  const [saveError, setSaveError] = useState<string | null>(null);
  const latest = useRef(initial);
  /** Settles once every save issued so far has finished. */
  const chain = useRef<Promise<void>>(Promise.resolve());
  const issuedCount = useRef(0);
  // Once anything has been written, every later change is saved too (even clearing a text box).
  const hasSaved = useRef(hasContent(initial));

  const update = useCallback(
    (change: (draft: AssessmentDraft) => AssessmentDraft, kind: 'answer' | 'step' = 'answer') => {
      const next = { ...change(latest.current), updatedAt: new Date().toISOString() };
      latest.current = next;
      if (hasSaved.current || hasContent(next)) {
        hasSaved.current = true;
        const requested = performance.now();
        const issued = ++issuedCount.current;
        // Called now, not after the previous save has finished: see the header.
        const saving = saveDraft(connection, next).then(
          () => {
            measure(kind === 'answer' ? 'attune:autosave' : 'attune:autosave-step', requested);
            if (issued === issuedCount.current) setSaveError(null);
          },
          (error: unknown) => {
            if (issued === issuedCount.current) setSaveError(toStorageError(error).message);
          },
        );
        // Tracked by the database, so an upgrade in another tab waits for it.
        chain.current = connection.database.track(Promise.all([chain.current, saving]).then(() => undefined));
      }
      setDraft(next);
    },
    [connection],
  );

  const flush = useCallback(() => chain.current, []);

  return { draft, saveError, update, flush };
}
