/**
 * Shared-tablet figures, through the UI as a person would do it, on a profile
 * seeded with history:
 * - `encryptMs`: "Set passphrase" on a profile that already holds the history
 *   (key derivation, then every record re-sealed and written in one transaction);
 * - `unlockMs` {x1, x4}: from pressing "Unlock" to the unlocked screen (key
 *   derivation with 600,000 PBKDF2 iterations in the Worker, unwrapping the
 *   key, opening the profile), RUNS times per rate, reloading in between;
 * - `wipeMs`: "Remove my data", from the press to the profile picker (checking
 *   the passphrase again, deleting the wrapped key, the entry and the database).
 * Times are taken in Node around the click and the wait, so they include a
 * few ms of Playwright's own polling.
 */
import type { Rate } from './bench-browser.ts';
import { log, RATES, throttle, WAIT_MS, withBrowser } from './bench-browser.ts';
import type { History } from './seed-history.ts';
import { seedRows } from './seed-history.ts';

const PASSPHRASE = 'bench kettle harbour violet seventeen';

export interface LockFigures {
  records: number;
  encryptMs: number;
  unlockMs: Record<Rate, number[]>;
  wipeMs: number;
}

async function timed(click: () => Promise<void>, until: () => Promise<void>): Promise<number> {
  const start = Date.now();
  await click();
  await until();
  return Date.now() - start;
}

export async function lockFigures(origin: string, history: History, runs: number): Promise<LockFigures> {
  return withBrowser(undefined, async ({ context, page }) => {
    const seeded = await seedRows(page, origin, history);
    const records = Object.values(seeded.stores).reduce((n, count) => n + count, seeded.drafts);
    log(`lock: seeded ${records} records`);

    await page.goto(origin + '/profiles');
    const form = page.getByRole('form', { name: 'Lock this profile with a passphrase' });
    await form.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
    await form.getByLabel('New passphrase again').fill(PASSPHRASE);
    const encryptMs = await timed(
      () => form.getByRole('button', { name: 'Set passphrase' }).click(),
      () => page.getByText(/^Passphrase set/).waitFor({ timeout: 120_000 }),
    );
    log(`lock: set passphrase on ${records} records in ${encryptMs} ms`);

    const unlockMs: Record<Rate, number[]> = { 1: [], 4: [] };
    for (let run = 1; run <= runs; run++) {
      for (const rate of RATES) {
        await page.goto(origin + '/settings');
        await page.getByRole('heading', { level: 1, name: /^Unlock / }).waitFor({ timeout: WAIT_MS });
        const cdp = await throttle(context, page, rate);
        await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
        const ms = await timed(
          () => page.getByRole('button', { name: 'Unlock', exact: true }).click(),
          () => page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor({ timeout: WAIT_MS }),
        );
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        await cdp.detach();
        unlockMs[rate].push(ms);
        log(`lock: unlock x${rate} run ${run}/${runs}: ${ms} ms`);
      }
    }

    await page.goto(origin + '/profiles');
    await page.getByRole('heading', { level: 1, name: /^Unlock / }).waitFor({ timeout: WAIT_MS });
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    const remove = page.getByRole('form', { name: 'Remove my data from this device' });
    await remove.getByLabel('Your passphrase').fill(PASSPHRASE);
    await remove.getByRole('checkbox').check();
    const wipeMs = await timed(
      () => remove.getByRole('button', { name: 'Remove my data' }).click(),
      () => page.getByRole('heading', { level: 1, name: 'Who is using Attune?' }).waitFor({ timeout: 120_000 }),
    );
    const left = await page.evaluate(async (id) => (await indexedDB.databases()).some((d) => d.name === `attune-profile-${id}`), seeded.profileId);
    if (left) throw new Error('the profile database is still there after "Remove my data"');
    log(`lock: removed ${records} records in ${wipeMs} ms`);
    return { records, encryptMs, unlockMs, wipeMs };
  });
}
