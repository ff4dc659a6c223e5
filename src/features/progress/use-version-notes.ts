/**
 * The notes on what changed between versions of the three charted
 * questionnaires. A questionnaire whose notes fail to load is left out of
 * `versionNotes` (the dashboard then states no change across its versions)
 * and named in `unavailable`; the others are still passed (loadNotesOf, in
 * the questionnaire registry, which Today's latest change uses too).
 */
import { useEffect, useState } from 'react';
import type { NotesOf } from '../../content/questionnaires.ts';
import { loadNotesOf } from '../../content/questionnaires.ts';
import { CHARTED_QUESTIONNAIRES } from '../../domain/progress/progress-types.ts';

export type ProgressNotes = NotesOf;


export function loadProgressNotes(): Promise<ProgressNotes> {
  return loadNotesOf(CHARTED_QUESTIONNAIRES);
}

/** undefined while loading. */
export function useProgressNotes(): ProgressNotes | undefined {
  const [notes, setNotes] = useState<ProgressNotes>();
  useEffect(() => {
    let live = true;
    void loadProgressNotes().then((loaded) => live && setNotes(loaded));
    return () => {
      live = false;
    };
  }, []);
  return notes;
}
