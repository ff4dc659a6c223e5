// @vitest-environment node
/**
 * The link id and the last scope: kept in the profile's sealed preferences,
 * made once, stable across shares, reopenings and a backup restored as a new
 * profile; the last scope is remembered without disturbing other preferences.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ShareScope } from '../../domain/coaching/coaching-types.ts';
import { DEFAULT_SHARE_SCOPE } from '../../domain/coaching/coaching-types.ts';
import { makeBackupFile } from '../files/export-backup.ts';
import { openAttuneFile } from '../files/open-file.ts';
import { restoreAsNewProfile } from '../files/restore-backup.ts';
import { getPreferences, savePreferences } from '../repositories/weekly-repo.ts';
import { coachLinkId, readCoachLinkId, readShareScope, saveShareScope } from './share-settings.ts';
import { closeAll, connect, leaderProfile, testDirectory } from './testing/leader-profile.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const NOW = new Date('2026-12-04T10:00:00.000Z');
const NARROW: ShareScope = { reflections: 'with-answers', journal: 'in-range', intentions: false, practice: true, from: '2026-01-01', to: '2026-06-30' };

afterEach(closeAll);

describe('the link id', () => {
  it('is made the first time it is asked for, saved in the preferences, and the same ever after (also when the profile is opened again)', async () => {
    const directory = await testDirectory();
    const { record, connection } = await leaderProfile(directory);
    await savePreferences(connection, { ...(await getPreferences(connection)), dueWeekday: 2 });
    expect(await readCoachLinkId(connection)).toBeNull();

    const first = await coachLinkId(connection);
    expect(first).toMatch(UUID);
    expect(await coachLinkId(connection)).toBe(first);
    const preferences = await getPreferences(connection);
    expect(preferences).toMatchObject({ coachLinkId: first, dueWeekday: 2 });

    const again = await connect(directory, record);
    expect(await coachLinkId(again)).toBe(first);
  });

  it('is made once when two shares ask for it at the same moment', async () => {
    const directory = await testDirectory();
    const { connection } = await leaderProfile(directory);
    const ids = await Promise.all([coachLinkId(connection), coachLinkId(connection), coachLinkId(connection)]);
    expect(new Set(ids).size).toBe(1);
    expect((await getPreferences(connection)).coachLinkId).toBe(ids[0]);
  });

  it('differs between two profiles', async () => {
    const directory = await testDirectory();
    const a = await leaderProfile(directory, 'A');
    const b = await leaderProfile(directory, 'B');
    expect(await coachLinkId(a.connection)).not.toBe(await coachLinkId(b.connection));
  });

  it('travels in a backup: a profile restored from it as a new profile has the same link id and last scope', async () => {
    const directory = await testDirectory();
    const { connection } = await leaderProfile(directory, 'Sam', 'lantern orchard quietly');
    const linkId = await coachLinkId(connection);
    await saveShareScope(connection, NARROW);
    const made = await makeBackupFile(connection, 'Sam', { passphrase: 'lantern orchard quietly', now: NOW });
    const read = await openAttuneFile(made.blob, { passphrase: 'lantern orchard quietly', expectKind: 'backup', now: NOW });
    if (!read.ok) throw new Error(read.rejection.reason);

    const { profile } = await restoreAsNewProfile(directory, read.file, { displayName: 'Sam on the new laptop', passphrase: null });
    const restored = await connect(directory, profile);
    expect(await readCoachLinkId(restored)).toBe(linkId);
    expect(await coachLinkId(restored)).toBe(linkId);
    expect(await readShareScope(restored)).toEqual(NARROW);
  });
});

describe('the last scope', () => {
  it('is the default until a scope is saved, then the one saved last, leaving the other preferences as they were', async () => {
    const directory = await testDirectory();
    const { record, connection } = await leaderProfile(directory);
    expect(await readShareScope(connection)).toEqual(DEFAULT_SHARE_SCOPE);
    const linkId = await coachLinkId(connection);
    await savePreferences(connection, { ...(await getPreferences(connection)), hideStreak: true });

    await saveShareScope(connection, { ...NARROW, reflections: 'none' });
    await saveShareScope(connection, NARROW);
    expect(await readShareScope(connection)).toEqual(NARROW);
    expect(await readShareScope(await connect(directory, record))).toEqual(NARROW);
    expect(await getPreferences(connection)).toMatchObject({ hideStreak: true, coachLinkId: linkId, shareScope: NARROW });
  });

  it('keeps the link id when a scope is saved while the link id is being made', async () => {
    const directory = await testDirectory();
    const { connection } = await leaderProfile(directory);
    const [linkId] = await Promise.all([coachLinkId(connection), saveShareScope(connection, NARROW)]);
    expect(await getPreferences(connection)).toMatchObject({ coachLinkId: linkId, shareScope: NARROW });
  });

  it('is not remembered, and nothing fails, in a profile open read-only (saved by a newer app)', async () => {
    const directory = await testDirectory();
    const { connection } = await leaderProfile(directory);
    const readOnly = { ...connection, database: { ...connection.database, readOnly: true } };
    await saveShareScope(readOnly, NARROW);
    expect(await readShareScope(connection)).toEqual(DEFAULT_SHARE_SCOPE);
    expect(await connection.database.db.table('preferences').count()).toBe(0);
  });
});
