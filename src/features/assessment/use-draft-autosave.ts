/**
 * Holds a questionnaire draft on screen and saves it after every change.
 * Saves run one after another (never two at once), each writing the newest
 * state, so the stored draft always ends up equal to what is on screen.
 * Each save's duration is recorded as a performance measure
 * ("attune:autosave") for the benchmark.
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
  update: (change: (draft: AssessmentDraft) => AssessmentDraft) => void;
  /** Resolves once every save started so far has finished. */
  flush: () => Promise<void>;
}

function measure(start: number): void {
  try {
    performance.measure('attune:autosave', { start, end: performance.now() });
  } catch {
    // performance.measure with options is missing in some test environments
  }
}

export function useDraftAutosave(connection: ProfileConnection, initial: AssessmentDraft): DraftAutosave {
  const [draft, setDraft] = useState(initial);
  const [saveError, setSaveError] = useState<string | null>(null);
  const latest = useRef(initial);
  const chain = useRef<Promise<void>>(Promise.resolve());

  const update = useCallback(
    (change: (draft: AssessmentDraft) => AssessmentDraft) => {
      const next = { ...change(latest.current), updatedAt: new Date().toISOString() };
      latest.current = next;
      setDraft(next);
      if (countAnswers(next) === 0) return; // nothing worth keeping yet
      chain.current = chain.current.then(async () => {
        const start = performance.now();
        try {
          await saveDraft(connection, latest.current);
          setSaveError(null);
          measure(start);
        } catch (error) {
          setSaveError(toStorageError(error).message);
        }
      });
    },
    [connection],
  );

  const flush = useCallback(() => chain.current, []);

  return { draft, saveError, update, flush };
}
