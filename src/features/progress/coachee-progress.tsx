/** A coachee's Progress dashboard, read-only (the coach's review). */
import type { ProgressRecords } from '../../domain/progress/progress-types.ts';

export function CoacheeProgress(props: { records: ProgressRecords; timeZone: string }) {
  void props;
  return <p>Not built yet.</p>;
}
