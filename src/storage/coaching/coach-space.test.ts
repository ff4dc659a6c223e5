// @vitest-environment node
/**
 * A coach space over fake-indexeddb: the profile kind, the coachee list,
 * one database and one key per coachee, removing a coachee or the whole
 * coach profile, the sweeps of databases left behind, and a passphrase set
 * on the coach profile protecting every coachee.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sampleResponse } from '../files/testing/populate.ts';
import { closeProfileSession, openProfileSession } from '../lifecycle/profile-lifecycle.ts';
import { accessProfile, removeOrphanProfileDatabases, removeProfileData } from '../profile-access.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { encryptProfile } from '../profile-vault.ts';
import { createProfile, deleteProfileRecord, listProfiles } from '../repositories/profiles-repo.ts';
import { listResponses, responsesTable } from '../repositories/responses-repo.ts';
import { closeCoacheeConnection, newCoacheeKey, openCoacheeConnection } from './coachee-database.ts';
import { coacheesTable } from './coachees-table.ts';
import { coacheeDatabaseName, listCoachees, removeCoachee, renameCoachee, setProfileKind, STILL_HAS_COACHEES, sweepCoacheeDatabases } from './coach-space.ts';
import { CoachingError } from './coach-types.ts';
import { addCoacheeByHand, coachSpace, databaseNames } from './testing/coach-fixtures.ts';

const PASSPHRASE = 'harbour lantern quietly nine';
const open: ProfileConnection[] = [];

afterEach(() => {
  for (const connection of open.splice(0)) connection.database.db.close();
});

async function space() {
  const made = await coachSpace();
  open.push(made.connection);
  return made;
}

async function openCoachee(connection: ProfileConnection, linkId: string, key?: string) {
  const row = await coacheesTable.get(connection, linkId);
  const coachee = await openCoacheeConnection(connection.profileId, linkId, key ?? row!.key);
  open.push(coachee);
  return coachee;
}

describe('the profile kind', () => {
  it('is recorded when a coach space is created, and a personal profile can become one', async () => {
    const { directory, record } = await space();
    expect(record.kind).toBe('coach');
    const personal = await createProfile(directory, 'Sam');
    expect(personal.kind).toBeUndefined();
    await setProfileKind(directory, personal.id, 'coach');
    expect((await listProfiles(directory)).find((p) => p.id === personal.id)?.kind).toBe('coach');
  });

  it('goes back to personal only once no coachee is left, and says why not before', async () => {
    const { directory, record, connection } = await space();
    await addCoacheeByHand(connection, 'link-a', 'Ada');
    await expect(setProfileKind(directory, record.id, 'personal')).rejects.toEqual(new CoachingError('still-has-coachees', STILL_HAS_COACHEES));
    expect((await listProfiles(directory))[0]!.kind).toBe('coach');

    await removeCoachee(connection, 'link-a');
    await setProfileKind(directory, record.id, 'personal');
    expect((await listProfiles(directory))[0]).not.toHaveProperty('kind');
  });
});

describe('the coachee list', () => {
  it('lists every coachee by name, in the reader’s alphabetical order (accents and case as a person reads them)', async () => {
    const { connection } = await space();
    await addCoacheeByHand(connection, 'link-z', 'zoë');
    await addCoacheeByHand(connection, 'link-a', 'Ángel');
    await addCoacheeByHand(connection, 'link-b', 'bea');
    expect((await listCoachees(connection)).map((c) => c.displayName)).toEqual(['Ángel', 'bea', 'zoë']);
  });

  it('renames a coachee (trimmed), refuses a blank name and an unknown coachee', async () => {
    const { connection } = await space();
    await addCoacheeByHand(connection, 'link-a', 'Ada');
    await renameCoachee(connection, 'link-a', '  Ada L.  ');
    expect((await listCoachees(connection))[0]!.displayName).toBe('Ada L.');
    await expect(renameCoachee(connection, 'link-a', '   ')).rejects.toMatchObject({ reason: 'empty-name' });
    await expect(renameCoachee(connection, 'link-x', 'X')).rejects.toMatchObject({ reason: 'no-such-coachee' });
    expect((await listCoachees(connection)).map((c) => c.displayName)).toEqual(['Ada L.']);
  });
});

describe('coachees kept apart', () => {
  it('gives two coachees two databases and two keys', async () => {
    const { connection } = await space();
    const a = await addCoacheeByHand(connection, 'link-a', 'Ada');
    const b = await addCoacheeByHand(connection, 'link-b', 'Bo');
    expect(a.key).not.toBe(b.key);
    expect(coacheeDatabaseName(connection.profileId, 'link-a')).not.toBe(coacheeDatabaseName(connection.profileId, 'link-b'));
    expect(await databaseNames()).toEqual(
      expect.arrayContaining([coacheeDatabaseName(connection.profileId, 'link-a'), coacheeDatabaseName(connection.profileId, 'link-b')]),
    );
    expect((await listResponses(await openCoachee(connection, 'link-a'))).items.map((r) => r.id)).toEqual(['result-of-link-a']);
    expect((await listResponses(await openCoachee(connection, 'link-b'))).items.map((r) => r.id)).toEqual(['result-of-link-b']);
  });

  it('cannot read one coachee’s rows with another coachee’s key, nor a row copied into another coachee’s database', async () => {
    const { connection } = await space();
    await addCoacheeByHand(connection, 'link-a', 'Ada');
    const b = await addCoacheeByHand(connection, 'link-b', 'Bo');
    const aWithBKey = await openCoachee(connection, 'link-a', b.key);
    expect(await listResponses(aWithBKey)).toEqual({ items: [], unreadable: 1 });

    const a = await openCoachee(connection, 'link-a');
    const bOwn = await openCoachee(connection, 'link-b');
    const row = await a.database.db.table('responses').get('result-of-link-a');
    await bOwn.database.db.table('responses').put(row);
    expect(await listResponses(bOwn)).toMatchObject({ unreadable: 1 });
  });

  it('seals a coachee’s records with their key, and lets go of the key once closed', async () => {
    const { connection } = await space();
    const coachee = await openCoacheeConnection(connection.profileId, 'link-a', await newCoacheeKey());
    open.push(coachee);
    await responsesTable.put(coachee, sampleResponse('r1'));
    const row = await coachee.database.db.table('responses').get('r1');
    expect(row.payload.scheme).toBe('aes-gcm');
    await closeCoacheeConnection(coachee);
    await expect(responsesTable.put(coachee, sampleResponse('r2'))).rejects.toBeDefined();
  });
});

describe('removing', () => {
  it('removes one coachee: their row and their database; the other coachee stays as they were', async () => {
    const { connection } = await space();
    await addCoacheeByHand(connection, 'link-a', 'Ada');
    await addCoacheeByHand(connection, 'link-b', 'Bo');
    await removeCoachee(connection, 'link-a');
    expect(await coacheesTable.get(connection, 'link-a')).toBeUndefined();
    expect(await databaseNames()).not.toContain(coacheeDatabaseName(connection.profileId, 'link-a'));
    expect((await listCoachees(connection)).map((c) => c.linkId)).toEqual(['link-b']);
    expect((await listResponses(await openCoachee(connection, 'link-b'))).items).toHaveLength(1);
  });

  it('removes every coachee database with the coach profile, and no other profile’s', async () => {
    const { directory, connection } = await space();
    const other = await coachSpace('Another coach');
    open.push(other.connection);
    await addCoacheeByHand(connection, 'link-a', 'Ada');
    await addCoacheeByHand(connection, 'link-b', 'Bo');
    await addCoacheeByHand(other.connection, 'link-c', 'Cy');
    await removeProfileData(directory, connection);
    const names = await databaseNames();
    expect(names.filter((n) => n.startsWith('attune-coachee-'))).toEqual([coacheeDatabaseName(other.record.id, 'link-c')]);
  });

  it('sweeps at start the coachee databases of a coach profile that is gone', async () => {
    const { directory, record, connection } = await space();
    const other = await coachSpace('Another coach');
    open.push(other.connection);
    await addCoacheeByHand(connection, 'link-a', 'Ada');
    await addCoacheeByHand(other.connection, 'link-c', 'Cy');
    connection.database.db.close();
    await deleteProfileRecord(directory, record.id); // as a removal cut short leaves it
    await removeOrphanProfileDatabases(directory);
    expect((await databaseNames()).filter((n) => n.startsWith('attune-coachee-'))).toEqual([coacheeDatabaseName(other.record.id, 'link-c')]);
  });

  it('sweeps, when the coach space opens, a coachee database that has no row (a tab closed mid-import)', async () => {
    const { connection } = await space();
    await addCoacheeByHand(connection, 'link-a', 'Ada');
    const orphan = await openCoacheeConnection(connection.profileId, 'link-orphan', await newCoacheeKey());
    await responsesTable.put(orphan, sampleResponse('left-behind'));
    await closeCoacheeConnection(orphan);
    expect(await databaseNames()).toContain(coacheeDatabaseName(connection.profileId, 'link-orphan'));

    expect(await sweepCoacheeDatabases(connection)).toBe(1);
    const names = await databaseNames();
    expect(names).not.toContain(coacheeDatabaseName(connection.profileId, 'link-orphan'));
    expect(names).toContain(coacheeDatabaseName(connection.profileId, 'link-a'));
  });
});

describe('opening a coach space', () => {
  it('sweeps its coachee databases that have no row, and only a coach space does', async () => {
    const { directory, record, connection } = await space();
    await addCoacheeByHand(connection, 'link-a', 'Ada');
    const orphan = await openCoacheeConnection(connection.profileId, 'link-orphan', await newCoacheeKey());
    await closeCoacheeConnection(orphan);
    const orphanName = coacheeDatabaseName(connection.profileId, 'link-orphan');

    const asPersonal = await openProfileSession(directory, { ...record, kind: undefined }, null);
    await closeProfileSession(asPersonal);
    expect(await databaseNames()).toContain(orphanName);

    const session = await openProfileSession(directory, record, null);
    await closeProfileSession(session);
    const names = await databaseNames();
    expect(names).not.toContain(orphanName);
    expect(names).toContain(coacheeDatabaseName(connection.profileId, 'link-a'));
  });
});

describe('a passphrase on the coach profile', () => {
  it('re-seals every coachee row, and each coachee opens again once the profile is unlocked', async () => {
    const { directory, record, connection } = await space();
    await addCoacheeByHand(connection, 'link-a', 'Ada');
    const plainRow = await connection.database.db.table('coachees').get('link-a');
    expect(plainRow.payload.scheme).toBe('plain');

    await encryptProfile(connection, PASSPHRASE);
    const sealedRow = await connection.database.db.table('coachees').get('link-a');
    expect(sealedRow.payload.scheme).toBe('aes-gcm');
    expect(JSON.stringify(sealedRow)).not.toContain('Ada');
    connection.database.db.close();

    const unlocked = (await accessProfile(directory, { ...record, vault: { scheme: 'aes-gcm' } }, PASSPHRASE)).connection;
    open.push(unlocked);
    expect((await listCoachees(unlocked)).map((c) => c.displayName)).toEqual(['Ada']);
    expect((await listResponses(await openCoachee(unlocked, 'link-a'))).items.map((r) => r.id)).toEqual(['result-of-link-a']);
  });
});
