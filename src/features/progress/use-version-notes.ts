/**
 * The notes on what changed between versions of the three charted
 * questionnaires. A questionnaire whose notes fail to load is left out of
 * `versionNotes` (the dashboard then states no change across its versions)
 * and named in `unavailable`; the others are still passed.
 */
import { useEffect, useState } from 'react';
import { loadVersionNotes } from '../../content/questionnaires.ts';
import { ASSESSMENT_ID, PRESENCE_ID, PULSE_ID } from '../../domain/progress/progress-types.ts';
import type { VersionChange } from '../../domain/questionnaire/version-boundaries.ts';

export interface ProgressNotes {
  versionNotes: Record<string, VersionChange[]>;
  /** The questionnaires whose notes could not be loaded. */
  unavailable: string[];
}

const CHARTED = [ASSESSMENT_ID, PULSE_ID, PRESENCE_ID];

export async function loadProgressNotes(): Promise<ProgressNotes> {
  const settled = await Promise.allSettled(CHARTED.map((id) => loadVersionNotes(id)));
  const notes: ProgressNotes = { versionNotes: {}, unavailable: [] };
  settled.forEach((result, i) => {
    const id = CHARTED[i]!;
    if (result.status === 'fulfilled' && result.value) notes.versionNotes[id] = result.value.changes;
    else notes.unavailable.push(id);
  });
  return notes;
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
