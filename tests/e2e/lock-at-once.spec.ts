/**
 * Lock never waits on storage (issue 10, finding 3): while another page of
 * the origin holds the profile's journal store for 15 s, so the entry's save
 * is stuck, pressing Lock shows the unlock form and removes the entry's text
 * from the page within a second; once the hold ends, the entry holds every
 * keystroke, including those typed while the save was stuck.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { launch, newUserDataDir, removeUserDataDir } from './support/browser.ts';
import { setPassphraseOnProfile } from './support/profile-page.ts';

const origin = inject('origin');
const PASSPHRASE = 'marble otter lantern ninety';
const HOLD_MS = 15_000;

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeUserDataDir));

async function unlock(page: Page): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

/** Opens the profile's database directly and keeps a readwrite transaction on 'journal' alive for `ms`. */
function holdJournal(page: Page, ms: number): Promise<void> {
  return page.evaluate(async (holdFor) => {
    const name = (await indexedDB.databases()).map((d) => d.name ?? '').find((n) => n.startsWith('attune-profile-'))!;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('journal', 'readwrite').objectStore('journal');
    const until = Date.now() + holdFor;
    const spin = () => {
      if (Date.now() < until) store.get('none').onsuccess = spin; // each request keeps the transaction open
    };
    spin();
    await new Promise<void>((resolve) => store.transaction.addEventListener('complete', () => resolve()));
    db.close();
  }, ms);
}

describe('locking while a save is stuck', () => {
  it('hides the entry within a second, and keeps every keystroke once storage lets go', async () => {
    const dir = newUserDataDir();
    dirs.push(dir);
    const { context, page } = await launch(dir);
    try {
      await setPassphraseOnProfile(page, origin, PASSPHRASE);

      await page.goto(origin + '/journal/new');
      await unlock(page);
      const editor = page.getByRole('textbox', { name: 'Your entry' });
      await editor.fill('Stuckford first words.');
      await page.getByText('Saved on this device', { exact: true }).waitFor();

      const other = await context.newPage();
      await other.goto(origin + '/404-no-profile-here');
      const held = holdJournal(other, HOLD_MS);
      await page.waitForTimeout(300);
      await editor.press('End');
      await editor.pressSequentially(' Saved while stuck.');
      await page.waitForTimeout(600); // its save has started, and is now waiting on the held store
      await editor.pressSequentially(' Typed during the stuck save.');

      // Timed inside the page, from the click to the first frame with the unlock form and without the entry.
      const hidden = page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let clickedAt = 0;
            document.addEventListener('click', () => (clickedAt = performance.now()), { capture: true, once: true });
            const check = () => {
              const text = document.body.innerText;
              if (clickedAt && /Unlock /.test(document.querySelector('h1')?.textContent ?? '') && !text.includes('Stuckford')) resolve(performance.now() - clickedAt);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          }),
      );
      await page.getByRole('button', { name: 'Lock', exact: true }).click();
      expect(await hidden).toBeLessThan(1000);
      await held;
      await page.waitForTimeout(1000);
      await page.goto(origin + '/journal');
      await unlock(page);
      await page.getByRole('link', { name: /Stuckford/ }).click();
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Your entry' }).inputValue(), { timeout: 30_000 })
        .toBe('Stuckford first words. Saved while stuck. Typed during the stuck save.');
    } finally {
      await context.close();
    }
  });
});
