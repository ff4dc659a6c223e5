/**
 * On a result answered with an older version of the questions: a short note
 * that says so, what has changed since (each later version's note, newest
 * last), and that the result is shown as it was scored then.
 */
import type { VersionNotes } from '../../content/questionnaires.ts';
import { changesBetween } from '../../domain/questionnaire/version-boundaries.ts';
import { Notice } from '../../ui/notice.tsx';

export interface VersionNoticeProps {
  answeredWith: number;
  /** Whether the result has scored sections; a written reflection keeps answers, not scores. */
  scored?: boolean;
  notes: VersionNotes;
}

export function VersionNotice({ answeredWith, notes, scored = true }: VersionNoticeProps) {
  if (answeredWith >= notes.currentVersion) return null;
  const since = changesBetween(notes.changes, answeredWith, notes.currentVersion);
  return (
    <Notice title="Answered with an earlier version of the questions">
      <p>
        You answered this with version {answeredWith}. The questions are now at version {notes.currentVersion}.
        {since.length === 0 && ' They have changed since then.'}
      </p>
      {since.length > 0 && (
        <>
          <p>What has changed since then:</p>
          <ul>
            {since.map((change) => (
              <li key={change.version}>
                Version {change.version}: {change.summary}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        {scored
          ? `This result keeps its scores as they were worked out then, with the bands and feedback of version ${answeredWith}.`
          : `This result keeps your answers as you gave them, with the questions as they were worded in version ${answeredWith}.`}
      </p>
    </Notice>
  );
}
