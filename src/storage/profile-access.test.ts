// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { WrongSecretError } from '../domain/crypto/data-key.ts';
import { makeResponse } from '../testing/factories.ts';
import { openDirectory } from './directory.ts';
import { accessProfile, NeedsPassphraseError, removeProfileData, UnlockWaitError } from './profile-access.ts';
import { profileDatabaseName } from './profile-connection.ts';
import { encryptProfile } from './profile-vault.ts';
import { createProfile, listProfiles } from './repositories/profiles-repo.ts';
import { getResponse, saveCompletedResponse } from './repositories/responses-repo.ts';
import { recordServedTime } from './repositories/unlock-attempts-repo.ts';

const PASSPHRASE = 'kettle harbour violet seventeen';
const MINUTE = 60_000;

/** A directory with one encrypted profile holding one result. */
async function lockedProfile() {
  const directory = await openDirectory();
  const profile = await createProfile(directory, 'Alex');
  const { connection } = await accessProfile(directory, profile, null);
  await saveCompletedResponse(connection, makeResponse({ id: 'alex-result' }));
  await encryptProfile(connection, PASSPHRASE);
  connection.database.db.close();
  return { directory, profile: { ...profile, vault: { scheme: 'aes-gcm' as const } } };
}

describe('unlocking a profile', () => {
  it('opens with the passphrase and reads the records', async () => {
    const { directory, profile } = await lockedProfile();
    const { connection } = await accessProfile(directory, profile, PASSPHRASE);
    expect(connection.vault.scheme).toBe('aes-gcm');
    expect((await getResponse(connection, 'alex-result'))?.id).toBe('alex-result');
  });

  it('trusts the profile over a directory that still says it is plain, and asks for the passphrase', async () => {
    const { directory, profile } = await lockedProfile(); // encrypted on disk; the directory was never told
    expect((await listProfiles(directory))[0]!.vault.scheme).toBe('plain');
    await expect(accessProfile(directory, { ...profile, vault: { scheme: 'plain' } }, null)).rejects.toBeInstanceOf(NeedsPassphraseError);
    expect((await listProfiles(directory))[0]!.vault.scheme).toBe('aes-gcm');
  });

  it('slows wrong passphrases: 5th → 1 min, 6th → 5 min, 7th–8th → 15 min, 9th → 1 h, across a reload', async () => {
    const { directory, profile } = await lockedProfile();
    // The wall clock, and a page's steady clock (which starts again on a reload).
    let clock = Date.UTC(2026, 10, 21, 9);
    let steady = 0;
    const now = () => clock;
    const elapsed = () => steady;
    const pass = (ms: number) => {
      clock += ms;
      steady += ms;
    };
    const expectedWaits = [0, 0, 0, 0, 1, 5, 15, 15, 60, 60].map((m) => m * MINUTE);
    let current = directory;
    for (const [attempt, wait] of expectedWaits.entries()) {
      await expect(accessProfile(current, profile, `wrong passphrase number ${attempt}`, {}, now, elapsed)).rejects.toBeInstanceOf(WrongSecretError);
      if (wait > 0) {
        // Even the right passphrase must wait…
        await expect(accessProfile(current, profile, PASSPHRASE, {}, now, elapsed)).rejects.toEqual(new UnlockWaitError(clock + wait, wait));
        pass(wait - 1);
        await recordServedTime(current); // as the tab does every second while a wait runs
        // …and the wait survives a reload (a new connection to the directory, a new page's steady clock).
        current.db.close();
        current = await openDirectory();
        steady = 0;
        await expect(accessProfile(current, profile, PASSPHRASE, {}, now, elapsed)).rejects.toEqual(new UnlockWaitError(clock + 1, 1));
        pass(1);
      }
    }
    const { connection } = await accessProfile(current, profile, PASSPHRASE, {}, now, elapsed);
    connection.database.db.close();
    // A success resets the count: the next wrong one waits nothing.
    await expect(accessProfile(current, profile, 'wrong again', {}, now, elapsed)).rejects.toBeInstanceOf(WrongSecretError);
    const again = await accessProfile(current, profile, PASSPHRASE, {}, now, elapsed);
    again.connection.database.db.close();
  });
});

describe('remove my data', () => {
  it('removes everything of that profile and nothing of the others', async () => {
    const { directory, profile } = await lockedProfile();
    const other = await createProfile(directory, 'Sam');
    const { connection: samConnection } = await accessProfile(directory, other, null);
    await saveCompletedResponse(samConnection, makeResponse({ id: 'sam-result' }));

    const { connection } = await accessProfile(directory, profile, PASSPHRASE);
    await removeProfileData(directory, connection);

    expect((await listProfiles(directory)).map((p) => p.displayName)).toEqual(['Sam']);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(profileDatabaseName(profile.id));
    expect(names).toContain(profileDatabaseName(other.id));
    expect((await getResponse(samConnection, 'sam-result'))?.id).toBe('sam-result');
  });
});
