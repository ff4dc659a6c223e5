/**
 * A vault change reaches every tab before that tab writes again (issue 10,
 * finding 1): with one plain profile open in tabs A and B, B writing a
 * journal entry while A sets a passphrase, B saves what it has, closes and
 * asks for the passphrase; the entry is kept, readable in both tabs (never
 * "altered"), every journal row on disk is sealed, and what B writes after
 * unlocking is nowhere in IndexedDB in plaintext. "Remove my data" in A
 * closes the profile in B too, which shows the picker.
 *
 * Not checked: the words B saved while the profile was still plain. They were
 * legitimately written in plaintext before the passphrase existed, and
 * Chromium's LevelDB keeps superseded values in its log until it compacts,
 * which a page cannot force (docs/security.md says so).
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { launch, newUserDataDir, removeUserDataDir } from './support/browser.ts';
import { findOnDisk, siteDataFiles } from './support/disk-scan.ts';

const origin = inject('origin');
const PASSPHRASE = 'marble otter lantern ninety';
const CANARY = 'Tallowmere vault-change canary 5821';
const CANARY_AFTER = 'Brackenholt sealed-later canary 3307';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeUserDataDir));

/** The `payload.scheme` of every journal row of the profile, read straight from IndexedDB. */
function journalSchemes(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const name = (await indexedDB.databases()).map((d) => d.name ?? '').find((n) => n.startsWith('attune-profile-'))!;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<Array<{ payload: { scheme: string } }>>((resolve, reject) => {
      const request = db.transaction('journal').objectStore('journal').getAll();
      request.onsuccess = () => resolve(request.result as Array<{ payload: { scheme: string } }>);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows.map((row) => row.payload.scheme);
  });
}

async function unlock(page: Page): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

describe('a passphrase set in another tab', () => {
  it('locks the tab that is writing, keeps its entry readable and sealed, and writes nothing in plaintext afterwards', async () => {
    const dir = newUserDataDir();
    dirs.push(dir);
    const { context, page: tabA } = await launch(dir);
    try {
      await tabA.goto(origin + '/profiles');
      const form = tabA.getByRole('form', { name: 'Lock this profile with a passphrase' });
      await form.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
      await form.getByLabel('New passphrase again').fill(PASSPHRASE);

      const tabB = await context.newPage();
      await tabB.goto(origin + '/journal/new');
      const editor = tabB.getByRole('textbox', { name: 'Your entry' });
      await editor.fill(`${CANARY}: written in tab B`);
      await form.getByRole('button', { name: 'Set passphrase' }).click(); // while B's save is still waiting
      await editor.pressSequentially(' and more', { delay: 30, timeout: 2000 }).catch(() => undefined); // B may already be locked
      await tabA.getByText(/Passphrase set/).waitFor({ timeout: 30_000 });

      await tabB.getByRole('heading', { level: 1, name: /^Unlock / }).waitFor({ timeout: 10_000 });
      expect(await tabB.locator('main').textContent()).not.toContain(CANARY);

      // Tab A, which set the passphrase, reads B's entry: it was re-sealed, not left as plaintext and hidden as "altered".
      await tabA.goto(origin + '/journal');
      await tabA.getByRole('heading', { level: 1, name: /^Unlock / }).waitFor({ timeout: 30_000 });
      await unlock(tabA);
      await tabA.getByText(CANARY, { exact: false }).first().waitFor({ timeout: 30_000 });
      expect(await tabA.getByText(/have been altered/).count()).toBe(0);

      const schemes = await journalSchemes(tabA);
      expect(schemes.length).toBeGreaterThan(0);
      expect(schemes.every((scheme) => scheme === 'aes-gcm')).toBe(true);

      await unlock(tabB);
      await tabB.getByRole('button', { name: 'Lock', exact: true }).waitFor({ timeout: 30_000 });
      await tabB.goto(origin + '/journal');
      await unlock(tabB);
      await tabB.getByRole('link', { name: new RegExp(CANARY) }).click();
      const reopened = tabB.getByRole('textbox', { name: 'Your entry' });
      await expect.poll(() => reopened.inputValue()).toContain(CANARY);
      await reopened.press('End');
      await reopened.pressSequentially(` ${CANARY_AFTER}`);
      await tabB.waitForTimeout(800); // past the autosave's 400 ms delay
      await tabB.getByText('Saved on this device', { exact: true }).waitFor();
      expect(await journalSchemes(tabA)).toEqual(schemes);
    } finally {
      await context.close();
    }

    expect(findOnDisk(siteDataFiles(dir, /IndexedDB/), [CANARY_AFTER])).toEqual([]);
  });
});

describe('"remove my data" in another tab', () => {
  it('closes the profile in the tab that is writing and shows the picker there, not a reload banner', async () => {
    const dir = newUserDataDir();
    dirs.push(dir);
    const { context, page: tabA } = await launch(dir);
    try {
      await tabA.goto(origin + '/profiles');
      const tabB = await context.newPage();
      await tabB.goto(origin + '/journal/new');
      await tabB.getByRole('textbox', { name: 'Your entry' }).fill(`${CANARY}: about to be removed`);

      const form = tabA.getByRole('form', { name: 'Remove my data from this device' });
      await form.getByRole('checkbox', { name: /I understand/ }).check();
      await form.getByRole('button', { name: 'Remove my data' }).click();
      await tabA.getByRole('heading', { level: 1, name: 'Who is using Attune?' }).waitFor({ timeout: 30_000 });

      await tabB.getByRole('heading', { level: 1, name: 'Who is using Attune?' }).waitFor({ timeout: 10_000 });
      expect(await tabB.locator('body').textContent()).not.toContain(CANARY);
      expect(await tabB.getByText('Attune was updated in another tab').count()).toBe(0);
      await expect
        .poll(() => tabA.evaluate(async () => (await indexedDB.databases()).filter((d) => d.name?.startsWith('attune-profile-')).length))
        .toBe(0);
    } finally {
      await context.close();
    }
  });
});

