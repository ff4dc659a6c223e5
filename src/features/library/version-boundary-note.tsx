/**
 * The words at a version boundary in an instrument's history: which versions
 * meet there, what changed (each version's own note), and whether the scores
 * either side can be read side by side. A boundary with no note keeps the
 * plain warning to compare with care.
 */
import type { VersionNotes } from '../../content/questionnaires.ts';
import { changesBetween } from '../../domain/questionnaire/version-boundaries.ts';

export interface VersionBoundaryNoteProps {
  from: number;
  to: number;
  notes: VersionNotes | undefined;
}

function comparability(from: number, to: number, notes: VersionNotes | undefined): string {
  const changes = notes ? changesBetween(notes.changes, from, to) : [];
  if (changes.some((c) => !c.scoresComparable)) {
    return 'Scores before this line were made with different questions, so they cannot be read side by side with the scores after it.';
  }
  const everyBoundaryNoted = changes.length === Math.abs(to - from);
  if (changes.length > 0 && everyBoundaryNoted) return 'Scores before and after this line can be read side by side.';
  return 'Compare scores across this line with care.';
}

export function VersionBoundaryNote({ from, to, notes }: VersionBoundaryNoteProps) {
  const changes = notes ? changesBetween(notes.changes, from, to) : [];
  const many = changes.length > 1;
  return (
    <>
      <strong>
        The questions changed here, from version {from} to version {to}.
      </strong>{' '}
      {changes.map((change) => (
        <span key={change.version}>{many ? `Version ${change.version}: ${change.summary} ` : `${change.summary} `}</span>
      ))}
      {comparability(from, to, notes)}
    </>
  );
}
