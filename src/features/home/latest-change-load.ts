/**
 * The one line Today shows to invite the leader into Progress: the largest
 * change over the last year (latestChange), worked out from the responses
 * of the three charted questionnaires in the last year only (not the practice
 * log, the weekly reflections or the journal). Loaded as its own chunk after Today is ready.
 */
import { loadNotesOf } from '../../content/questionnaires.ts';
import type { ProgressRecords } from '../../domain/progress/progress-types.ts';
import { CHARTED_QUESTIONNAIRES } from '../../domain/progress/progress-types.ts';
import { latestChange } from '../../domain/progress/progress-view.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { readProgressResponsesSince } from '../../storage/repositories/progress-records.ts';
import { deviceTimeZone, today } from '../../ui/today.ts';


/**
 * How far back Today reads: latestChange looks at the last year only, and a
 * year and two days before now covers the start of that range in every time zone.
 */
const LOOK_BACK_MS = 367 * 24 * 60 * 60 * 1000;

/** The sentence to show, or null when there is no change worth naming. */
export async function loadLatestChange(connection: ProfileConnection, now = new Date()): Promise<string | null> {
  const since = new Date(now.getTime() - LOOK_BACK_MS).toISOString();
  // Notes that fail to load are left out: no change is then stated across that questionnaire's versions.
  const [{ responses }, { versionNotes }] = await Promise.all([readProgressResponsesSince(connection, since), loadNotesOf(CHARTED_QUESTIONNAIRES)]);
  const records: ProgressRecords = { responses, practice: [], weekly: [] };
  return latestChange(records, { today: today(now), timeZone: deviceTimeZone(), versionNotes })?.text ?? null;
}
