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
import { guard } from '../errors.ts';
import { isRestoringElsewhere } from '../lifecycle/profile-locks.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { openProfileDatabase } from '../profile-connection.ts';
import { updateProfile } from '../repositories/profiles-repo.ts';
import { coacheeRow } from './coachee-access.ts';
import { deleteCoacheeDatabase } from './coachee-database.ts';
import { coacheeDatabaseName, coacheeDatabasePrefix } from './coachee-names.ts';
import { coacheesTable, listCoacheeRows } from './coachees-table.ts';
import { CoachingError } from './coach-types.ts';

export { coacheeDatabaseName };

export const STILL_HAS_COACHEES =
  'This profile still holds coachees. Remove each coachee first (under Coaching); then it can go back to being only your own reflections.';
export const EMPTY_COACHEE_NAME = 'Give this coachee a name.';

/** The longest name a coach can give a coachee. */
export const MAX_COACHEE_NAME = 80;

/**
 * Makes a profile a coach space, or back into a personal profile (only when it holds no coachees).
 * @throws CoachingError ('still-has-coachees') for 'personal' while the profile holds a coachee (readable or not).
 */
export async function setProfileKind(directory: DirectoryDatabase, profileId: string, kind: 'personal' | 'coach'): Promise<void> {
  if (kind === 'personal') {
    // Counted, not opened: a locked profile's rows count too, and so does a row that no longer opens.
    const database = await openProfileDatabase(profileId);
    try {
      const held = await guard(() => database.db.table('coachees').count());
      if (held > 0) throw new CoachingError('still-has-coachees', STILL_HAS_COACHEES);
    } finally {
      database.db.close();
    }
  }
  await updateProfile(directory, profileId, { kind: kind === 'coach' ? 'coach' : undefined });
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Every coachee, by name. Reads the coach profile only (no coachee database is opened). */
export async function listCoachees(connection: ProfileConnection): Promise<CoacheeSummary[]> {
  const { items } = await listCoacheeRows(connection);
  return items.map((row) => row.summary).sort((a, b) => byName.compare(a.displayName, b.displayName) || a.linkId.localeCompare(b.linkId));
}

/**
 * Gives a coachee another name (the coach's own; the leader never sees it).
 * @throws CoachingError ('empty-name') for a blank name, ('no-such-coachee') for an unknown link id
 */
export async function renameCoachee(connection: ProfileConnection, linkId: string, displayName: string): Promise<void> {
  const name = displayName.trim().slice(0, MAX_COACHEE_NAME);
  if (name === '') throw new CoachingError('empty-name', EMPTY_COACHEE_NAME);
  const row = await coacheeRow(connection, linkId);
  await coacheesTable.put(connection, { ...row, summary: { ...row.summary, displayName: name } });
}

/**
 * Removes a coachee: their row (and with it their key) first, so whatever
 * is left on disk can no longer be read, then their database, with their
 * records and the coach's notes on them. A database that could not be
 * deleted (a tab held it open and the page closed) is swept when the coach
 * space next opens (sweepCoacheeDatabases).
 */
export async function removeCoachee(connection: ProfileConnection, linkId: string): Promise<void> {
  await coacheesTable.remove(connection, linkId);
  await deleteCoacheeDatabase(coacheeDatabaseName(connection.profileId, linkId));
}

/** The names of every coachee database of a profile on this device. */
async function coacheeDatabaseNames(profileId: string): Promise<string[]> {
  if (typeof indexedDB === 'undefined' || !indexedDB.databases) return [];
  const prefix = coacheeDatabasePrefix(profileId);
  return (await guard(() => indexedDB.databases())).map((d) => d.name ?? '').filter((name) => name.startsWith(prefix));
}

/** Deletes every coachee database of a profile (when the profile itself is removed). */
export async function removeCoacheeDatabases(profileId: string): Promise<void> {
  const names = await coacheeDatabaseNames(profileId);
  await Promise.all(names.map((name) => deleteCoacheeDatabase(name)));
}

/**
 * Deletes this coach space's coachee databases that have no row: left by a
 * tab closed while it added a coachee (the database is written before the
 * row), or by a removal whose deletion did not finish. Without its row the
 * key is gone, so nothing in it could be read. A database a tab is still
 * adding (it holds the restoring lock named after it) is left alone.
 * Reads row ids only: works on a locked profile's connection too.
 * @returns how many were deleted
 */
export async function sweepCoacheeDatabases(connection: ProfileConnection): Promise<number> {
  if (connection.database.readOnly) return 0;
  const names = await coacheeDatabaseNames(connection.profileId);
  if (names.length === 0) return 0;
  const rows = new Set((await guard(() => connection.database.db.table('coachees').toCollection().primaryKeys())) as string[]);
  const orphans: string[] = [];
  for (const name of names) {
    const linkId = name.slice(coacheeDatabasePrefix(connection.profileId).length);
    if (!rows.has(linkId) && !(await isRestoringElsewhere(name))) orphans.push(name);
  }
  await Promise.all(orphans.map((name) => deleteCoacheeDatabase(name)));
  return orphans.length;
}
