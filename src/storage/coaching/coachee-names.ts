/**
 * The names of coachee databases, kept apart from the code that opens them
 * so the sealed-write path and the start-up sweep can recognise one without
 * importing the coach space.
 */

/** Every coachee database name starts so. Do not change without a migration that moves the data. */
export const COACHEE_DB_PREFIX = 'attune-coachee-';

/** The database name of one coachee of one coach profile. Do not change without a migration that moves the data. */
export function coacheeDatabaseName(profileId: string, linkId: string): string {
  return `${coacheeDatabasePrefix(profileId)}${linkId}`;
}

/** What every coachee database of one coach profile starts with. */
export function coacheeDatabasePrefix(profileId: string): string {
  return `${COACHEE_DB_PREFIX}${profileId}-`;
}
