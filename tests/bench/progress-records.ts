/**
 * The seeded history as the Progress dashboard reads it, in node: the same
 * records the seeder writes (each sealed row's payload with its id put
 * back), as a ProgressRecords object, and a ProgressContext with the version
 * notes read from content/ as the app's loadVersionNotes makes them. With
 * these, a test computes with buildProgressView exactly what the screen
 * should show for the seeded profile, given the browser's today and time zone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { ProgressContext, ProgressRecords } from '../../src/domain/progress/progress-types.ts';
import { ASSESSMENT_ID, PRESENCE_ID, PULSE_ID } from '../../src/domain/progress/progress-types.ts';
import type { VersionChange } from '../../src/domain/questionnaire/version-boundaries.ts';
import { localDate } from '../../src/domain/weekly/weeks.ts';
import type { History } from './seed-history.ts';

/** A sealed row back into its record: the payload's data with the id. */
function recordOf<T extends { id: string }>(row: { id: string; payload: { data: Omit<T, 'id'> } }): T {
  return { id: row.id, ...row.payload.data } as T;
}

export function progressRecords(history: History): ProgressRecords {
  return {
    responses: history.responses.map((row) => recordOf(row)),
    practice: history.practiceLog.map((row) => recordOf(row)),
    weekly: history.weeklyReflections.map((row) => recordOf(row)),
  };
}

interface VersionedFile {
  id: string;
  version: number;
  changesFromPrevious?: { summary: string; scoresComparable: boolean };
}

/** What changed between versions of a questionnaire, oldest first, from its current file and its archived copies (as src/content/questionnaires.ts loadVersionNotes). */
export function versionChanges(id: string, dir = 'content/questionnaires'): VersionChange[] {
  const archived = readdirSync(`${dir}/archive`).filter((name) => name.startsWith(`${id}.v`) && name.endsWith('.json'));
  const files = [`${dir}/${id}.json`, ...archived.map((name) => `${dir}/archive/${name}`)];
  return files
    .map((path) => JSON.parse(readFileSync(path, 'utf8')) as VersionedFile)
    .filter((q) => q.id === id && q.changesFromPrevious)
    .map((q) => ({ version: q.version, ...q.changesFromPrevious! }))
    .sort((a, b) => a.version - b.version);
}

/** The context the screen builds: today's local date at `now` in `timeZone`, and the version notes of the three instruments Progress draws. */
export function progressContext(now: Date, timeZone: string): ProgressContext {
  return {
    today: localDate(now, timeZone),
    timeZone,
    versionNotes: Object.fromEntries([ASSESSMENT_ID, PULSE_ID, PRESENCE_ID].map((id) => [id, versionChanges(id)])),
  };
}
