/**
 * A coach space: a profile of kind 'coach' keeps, besides the coach's own
 * reflections, a list of coachees (sealed table `coachees`). Each coachee's
 * records live in a database of their own, `attune-coachee-<profileId>-<linkId>`,
 * sealed with a random key of theirs that is kept in their `coachees` row
 * (so it is sealed by the coach profile's vault, and a passphrase set on the
 * coach profile protects every coachee at once). Removing a coachee deletes
 * the row (the key) and the database in one action.
 */
import type { CoacheeSummary } from '../../domain/coaching/coaching-types.ts';
import type { DirectoryDatabase } from '../directory.ts';
import type { ProfileConnection } from '../profile-connection.ts';

/** The database name of one coachee of one coach profile. Do not change without a migration that moves the data. */
export function coacheeDatabaseName(profileId: string, linkId: string): string {
  return `attune-coachee-${profileId}-${linkId}`;
}

/** Makes a profile a coach space, or back into a personal profile (only when it holds no coachees). */
export async function setProfileKind(directory: DirectoryDatabase, profileId: string, kind: 'personal' | 'coach'): Promise<void> {
  void directory; void profileId; void kind;
  throw new Error('not built yet');
}

/** Every coachee, by name. Reads the coach profile only (no coachee database is opened). */
export async function listCoachees(connection: ProfileConnection): Promise<CoacheeSummary[]> {
  void connection;
  throw new Error('not built yet');
}

export async function renameCoachee(connection: ProfileConnection, linkId: string, displayName: string): Promise<void> {
  void connection; void linkId; void displayName;
  throw new Error('not built yet');
}

/** Removes a coachee: their row (and key) and their database, with their notes. */
export async function removeCoachee(connection: ProfileConnection, linkId: string): Promise<void> {
  void connection; void linkId;
  throw new Error('not built yet');
}

/** Deletes every coachee database of a profile (when the profile itself is removed). */
export async function removeCoacheeDatabases(profileId: string): Promise<void> {
  void profileId;
  throw new Error('not built yet');
}
