/** The notes under a chart where a questionnaire's version changed: when, what changed, and whether scores either side compare. */
import type { ChartBoundary } from '../../domain/progress/progress-types.ts';
import { ASSESSMENT_ID, PRESENCE_ID, PULSE_ID } from '../../domain/progress/progress-types.ts';
import { formatCalendarDate } from '../format-calendar-date.ts';
import { withFullStop } from '../format-prose.ts';

const INSTRUMENTS: Record<string, string> = {
  [ASSESSMENT_ID]: 'self-assessment',
  [PULSE_ID]: 'weekly pulse',
  [PRESENCE_ID]: 'presence check',
};

/** One boundary in words: "From 12 March 2026 the self-assessment is version 2 (the line marked v2). …" */
export function boundaryNote(boundary: ChartBoundary): string {
  const instrument = INSTRUMENTS[boundary.questionnaireId] ?? boundary.questionnaireId;
  const parts = [
    `From ${formatCalendarDate(boundary.date)} the ${instrument} is version ${boundary.toVersion} (the line marked v${boundary.toVersion}), where it was version ${boundary.fromVersion}.`,
    boundary.summary ? withFullStop(boundary.summary) : 'No note says what changed.',
    boundary.scoresComparable ? 'Scores either side can be read side by side.' : 'Scores are not comparable across this change, so the line breaks there.',
  ];
  return parts.join(' ');
}

export function BoundaryNotes({ boundaries }: { boundaries: readonly ChartBoundary[] }) {
  if (boundaries.length === 0) return null;
  return (
    <ul className="chart__notes" aria-label="Where the questions changed">
      {boundaries.map((boundary) => (
        <li key={`${boundary.questionnaireId}-${boundary.toVersion}-${boundary.date}`}>{boundaryNote(boundary)}</li>
      ))}
    </ul>
  );
}
