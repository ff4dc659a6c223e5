/**
 * The one line Today shows to invite the leader into Progress: the largest
 * change over the last year (latestChange), worked out from the responses
 * of the three charted questionnaires only (not the practice log, the weekly
 * reflections or the journal). Loaded as its own chunk after Today is ready.
 */
import { loadVersionNotes } from '../../content/questionnaires.ts';
import type { ProgressRecords } from '../../domain/progress/progress-types.ts';
import { ASSESSMENT_ID, PRESENCE_ID, PULSE_ID } from '../../domain/progress/progress-types.ts';
import { latestChange } from '../../domain/progress/progress-view.ts';
import type { VersionChange } from '../../domain/questionnaire/version-boundaries.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { readProgressResponses } from '../../storage/repositories/progress-records.ts';
import { deviceTimeZone, today } from '../../ui/today.ts';

const CHARTED = [ASSESSMENT_ID, PULSE_ID, PRESENCE_ID];

/** Notes that fail to load are left out: no change is then stated across that questionnaire's versions. */
async function versionNotes(): Promise<Record<string, VersionChange[]>> {
  const settled = await Promise.allSettled(CHARTED.map((id) => loadVersionNotes(id)));
  return Object.fromEntries(settled.flatMap((result, i) => (result.status === 'fulfilled' && result.value ? [[CHARTED[i]!, result.value.changes]] : [])));
}

/** The sentence to show, or null when there is no change worth naming. */
export async function loadLatestChange(connection: ProfileConnection): Promise<string | null> {
  const [{ responses }, notes] = await Promise.all([readProgressResponses(connection), versionNotes()]);
  const records: ProgressRecords = { responses, practice: [], weekly: [] };
  return latestChange(records, { today: today(), timeZone: deviceTimeZone(), versionNotes: notes })?.text ?? null;
}
