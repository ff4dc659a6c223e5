// @vitest-environment node
/**
 * The wait after wrong passphrases, as storage enforces it: attempts are
 * counted before the key is derived (so tabs guessing at once are all
 * counted), and a wait is measured on the tab's steady clock as well as the
 * wall clock, so moving the device clock cannot shorten it.
 */
import { describe, expect, it, vi } from 'vitest';
import { WrongSecretError } from '../domain/crypto/data-key.ts';
import type { DirectoryDatabase } from './directory.ts';
import { openDirectory } from './directory.ts';
import { StorageError } from './errors.ts';
import { accessProfile, UnlockWaitError } from './profile-access.ts';
import { encryptProfile } from './profile-vault.ts';
import type { ProfileRecord } from './repositories/profiles-repo.ts';
import { createProfile } from './repositories/profiles-repo.ts';
import { getFailures, recordServedTime } from './repositories/unlock-attempts-repo.ts';

const PASSPHRASE = 'kettle harbour violet seventeen';
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** A device's clocks, moved by hand: the wall clock (which a person can change) and a page's steady clock. */
function clocks() {
  const clock = { wall: Date.UTC(2026, 11, 3, 9), steady: 0 };
  return { clock, now: () => clock.wall, elapsed: () => clock.steady };
}

async function lockedProfile(): Promise<{ directory: DirectoryDatabase; profile: ProfileRecord }> {
  const directory = await openDirectory();
  const profile = await createProfile(directory, 'Alex');
  const { connection } = await accessProfile(directory, profile, null);
  await encryptProfile(connection, PASSPHRASE);
  connection.database.db.close();
  return { directory, profile: { ...profile, vault: { scheme: 'aes-gcm' } } };
}

async function waitOf(attempt: Promise<unknown>): Promise<number> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnlockWaitError);
  return (error as UnlockWaitError).wait;
}

async function openAndClose(attempt: ReturnType<typeof accessProfile>): Promise<void> {
  (await attempt).connection.database.db.close();
}

describe('several tabs guessing at once', () => {
  it('counts every attempt before deriving: of six started together, five are tried and the sixth must wait', async () => {
    const { directory, profile } = await lockedProfile();
    const { now, elapsed } = clocks();
    const tabs = await Promise.all(Array.from({ length: 6 }, () => openDirectory()));

    const results = await Promise.allSettled(tabs.map((tab, i) => accessProfile(tab, profile, `wrong guess ${i}`, {}, now, elapsed)));
    const reasons = results.map((r) => (r.status === 'rejected' ? (r.reason as Error).name : 'opened'));

    expect(reasons.filter((name) => name === 'WrongSecretError')).toHaveLength(5);
    expect(reasons.filter((name) => name === 'UnlockWaitError')).toHaveLength(1);
    expect((await getFailures(directory, profile.id))?.failures).toBe(5);
    // Even the right passphrase waits now, in any tab.
    expect(await waitOf(accessProfile(tabs[0]!, profile, PASSPHRASE, {}, now, elapsed))).toBe(MINUTE);
    tabs.forEach((tab) => tab.db.close());
  });

  it('resets the count after a correct unlock', async () => {
    const { directory, profile } = await lockedProfile();
    const { now, elapsed } = clocks();
    for (let i = 0; i < 4; i++) await expect(accessProfile(directory, profile, `wrong ${i}`, {}, now, elapsed)).rejects.toBeInstanceOf(WrongSecretError);
    await openAndClose(accessProfile(directory, profile, PASSPHRASE, {}, now, elapsed));
    expect(await getFailures(directory, profile.id)).toBeUndefined();
    for (let i = 0; i < 4; i++) await expect(accessProfile(directory, profile, `wrong ${i}`, {}, now, elapsed)).rejects.toBeInstanceOf(WrongSecretError);
    await openAndClose(accessProfile(directory, profile, PASSPHRASE, {}, now, elapsed));
  });
});

/** Five wrong passphrases: the fifth starts a one-minute wait. */
async function fiveWrong(directory: DirectoryDatabase, profile: ProfileRecord, now: () => number, elapsed: () => number): Promise<void> {
  for (let i = 1; i <= 5; i++) {
    await expect(accessProfile(directory, profile, `wrong guess ${i}`, {}, now, elapsed)).rejects.toBeInstanceOf(WrongSecretError);
  }
}

describe('a wait and the device clock', () => {
  it('is not shortened by moving the clock forward', async () => {
    const { directory, profile } = await lockedProfile();
    const { clock, now, elapsed } = clocks();
    await fiveWrong(directory, profile, now, elapsed);

    clock.wall += 2 * HOUR;
    expect(await waitOf(accessProfile(directory, profile, PASSPHRASE, {}, now, elapsed))).toBe(MINUTE);
    clock.steady += MINUTE - 1;
    expect(await waitOf(accessProfile(directory, profile, PASSPHRASE, {}, now, elapsed))).toBe(1);
    clock.steady += 1;
    await openAndClose(accessProfile(directory, profile, PASSPHRASE, {}, now, elapsed));
  });

  it('is not lengthened beyond the wait by moving the clock back a day', async () => {
    const { directory, profile } = await lockedProfile();
    const { clock, now, elapsed } = clocks();
    await fiveWrong(directory, profile, now, elapsed);

    clock.wall -= 24 * HOUR;
    expect(await waitOf(accessProfile(directory, profile, PASSPHRASE, {}, now, elapsed))).toBe(MINUTE);
    clock.steady += 30 * SECOND;
    clock.wall += 30 * SECOND;
    expect(await waitOf(accessProfile(directory, profile, PASSPHRASE, {}, now, elapsed))).toBe(30 * SECOND);
    clock.steady += 30 * SECOND;
    clock.wall += 30 * SECOND;
    await openAndClose(accessProfile(directory, profile, PASSPHRASE, {}, now, elapsed));
  });

  it('keeps the time already waited across a reload, once the tab has recorded it', async () => {
    const { directory, profile } = await lockedProfile();
    const { clock, now, elapsed } = clocks();
    await fiveWrong(directory, profile, now, elapsed);
    clock.steady += 40 * SECOND;
    clock.wall += 40 * SECOND;
    await recordServedTime(directory); // what each tab does every second while a wait runs
    directory.db.close();

    // A reload: a new page, whose steady clock starts again from nothing.
    const reloaded = await openDirectory();
    const page = { steady: 0 };
    const pageElapsed = () => page.steady;
    expect(await waitOf(accessProfile(reloaded, profile, PASSPHRASE, {}, now, pageElapsed))).toBe(20 * SECOND);
    page.steady += 20 * SECOND;
    clock.wall += 20 * SECOND;
    await openAndClose(accessProfile(reloaded, profile, PASSPHRASE, {}, now, pageElapsed));
  });

  it('counts no time while no tab of the app is open: after the browser was closed for two hours, the rest of the wait remains', async () => {
    const { directory, profile } = await lockedProfile();
    const { clock, now, elapsed } = clocks();
    await fiveWrong(directory, profile, now, elapsed);
    directory.db.close();

    clock.wall += 2 * HOUR; // closed for two hours, or the clock moved on: the page cannot tell which
    const reopened = await openDirectory();
    const page = { steady: 0 };
    expect(await waitOf(accessProfile(reopened, profile, PASSPHRASE, {}, now, () => page.steady))).toBe(MINUTE);
  });

  it('treats a damaged record as the hour-long wait, never as no wait', async () => {
    const { directory, profile } = await lockedProfile();
    const { clock, now, elapsed } = clocks();
    await directory.db.table('unlockAttempts').put({ profileId: profile.id, failures: 'many', lastFailureAt: 'yesterday', served: -5 });

    expect(await waitOf(accessProfile(directory, profile, PASSPHRASE, {}, now, elapsed))).toBe(HOUR);
    clock.steady += HOUR;
    clock.wall += HOUR;
    await openAndClose(accessProfile(directory, profile, PASSPHRASE, {}, now, elapsed));
  });
});

describe('time served while the app is open', () => {
  it('is written down every second by a tab that saw a wrong passphrase, so a reload loses at most a second', async () => {
    const { directory, profile } = await lockedProfile();
    const { clock, now, elapsed } = clocks();
    await fiveWrong(directory, profile, now, elapsed);
    clock.steady += 30 * SECOND;
    await vi.waitFor(async () => expect((await getFailures(directory, profile.id))?.served).toBe(30 * SECOND), { timeout: 5_000 });
    directory.db.close();
  });

  it('is counted by any tab that opens the directory while a wait runs', async () => {
    const { directory, profile } = await lockedProfile();
    const { now, elapsed } = clocks();
    await fiveWrong(directory, profile, now, elapsed);
    directory.db.close();

    const another = await openDirectory(); // a page of the app, on its own clock, that makes no attempt
    await vi.waitFor(async () => expect((await getFailures(another, profile.id))?.served).toBeGreaterThan(0), { timeout: 5_000 });
    another.db.close();
  });
});

describe('a directory this app may not write to', () => {
  it('refuses a passphrase before deriving, since the attempt could not be counted', async () => {
    const { directory, profile } = await lockedProfile();
    const readOnly: DirectoryDatabase = { ...directory, readOnly: true };
    const attempt = accessProfile(readOnly, profile, 'a guess that cannot be counted');
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toMatchObject({ kind: 'read-only', message: expect.stringContaining('To unlock, close every Attune tab') });
    expect(await getFailures(directory, profile.id)).toBeUndefined();
  });
});
