/**
 * The second engine: the offline start, the journal, the lock and the
 * on-disk canary scan, in Firefox ESR (TARGETS.md: "engines the offline
 * start, journal, lock and on-disk checks pass in"). Each test serves the
 * build on a port of its own, so it can stop the server to go offline (the
 * BiDi driver has no offline switch) and start the browser again on the same
 * origin and profile folder.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { newUserDataDir, removeUserDataDir } from './support/browser.ts';
import { findInFirefoxProfile, launchFirefox } from './support/firefox.ts';
import { startPreview } from './support/server.ts';

const PASSPHRASE = 'heron quartz meadow seventy';
/**
 * Canaries are single runs of distinct letters: Firefox stores IndexedDB
 * values snappy-compressed, which replaces any four bytes seen earlier in a
 * value by a back-reference, so a phrase with common words can be split on
 * disk. The control test proves these survive as they are typed.
 */
const JOURNAL_CANARY = 'Vyxqzjwkbmfp8093';
const TAG_CANARY = 'gdhucynmtvxw7731';
const SEARCH_CANARY = 'Pkrzqmjwbyhd5520';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeUserDataDir));

function freshDir(): string {
  const dir = newUserDataDir();
  dirs.push(dir);
  return dir;
}

/** Types into the field whose <label> reads exactly `label`, as a user would (clicking it first). */
async function fillByLabel(page: Page, label: string, value: string): Promise<void> {
  const selector = await page.waitForFunction(
    (text) => {
      const found = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)?.control;
      return found?.id ? `[id="${found.id}"]` : false;
    },
    { timeout: 30_000 },
    label,
  );
  const css = (await selector.jsonValue()) as string;
  await page.click(css);
  await page.type(css, value);
}

const button = (name: string) => `::-p-aria([name="${name}"][role="button"])`;

async function waitForText(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.body.innerText.includes(t), { timeout: 30_000 }, text);
}

async function mainText(page: Page): Promise<string> {
  return page.$eval('main', (main) => (main as HTMLElement).innerText);
}

/** First visit, then a reload so the service worker controls the page. */
async function install(page: Page, origin: string): Promise<void> {
  await page.goto(origin + '/');
  await waitForText(page, 'Today');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Loads a page; a profile with a passphrase asks for it again after a load. */
async function open(page: Page, origin: string, path: string, locked: boolean): Promise<void> {
  await page.goto(origin + path);
  if (locked) await unlock(page);
}

async function writeEntry(page: Page, origin: string, locked: boolean): Promise<void> {
  await open(page, origin, '/journal/new', locked);
  await fillByLabel(page, 'Your entry', `${JOURNAL_CANARY}: the night team felt unheard.`);
  await fillByLabel(page, 'Tags', TAG_CANARY);
  await waitForText(page, 'Saved on this device');
}

async function unlock(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('Unlock'), { timeout: 30_000 });
  await fillByLabel(page, 'Passphrase', PASSPHRASE);
  await page.locator(button('Unlock')).click();
}

describe('Firefox ESR', () => {
  it('control: a profile without a passphrase has its journal text in the profile folder', async () => {
    const dir = freshDir();
    const { server, origin } = await startPreview();
    const { browser, page } = await launchFirefox(dir);
    try {
      await page.goto(origin + '/');
      await writeEntry(page, origin, false);
    } finally {
      await browser.close();
      await server.close();
    }
    const found = findInFirefoxProfile(dir, [JOURNAL_CANARY, TAG_CANARY, origin]);
    expect(found.filter((hit) => hit.needle === JOURNAL_CANARY).length, 'journal text').toBeGreaterThan(0);
    expect(found.filter((hit) => hit.needle === TAG_CANARY).length, 'tag').toBeGreaterThan(0);
    // The session-restore files are compressed: the scan opens them (they name the page's origin).
    expect(found.some((hit) => hit.needle === origin && /lz4$/.test(hit.file)), 'session restore scanned').toBe(true);
  });

  it('starts offline, locks, and leaves no journal text, tag or search of a locked profile anywhere in the profile folder', async () => {
    const dir = freshDir();
    const { server, origin } = await startPreview();
    let { browser, page } = await launchFirefox(dir);
    try {
      await install(page, origin);
      await page.goto(origin + '/profiles');
      await fillByLabel(page, 'New passphrase', PASSPHRASE);
      await fillByLabel(page, 'New passphrase again', PASSPHRASE);
      await page.locator(button('Set passphrase')).click();
      await waitForText(page, 'Passphrase set');

      // Offline from here: the server is gone, the service worker serves the app.
      await server.close();
      await writeEntry(page, origin, true);
      await open(page, origin, '/journal', true);
      await fillByLabel(page, 'Search your journal', SEARCH_CANARY);
      await page.locator(button('Lock')).click();
      await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('Unlock'), { timeout: 2_000 });
      expect(await mainText(page)).not.toContain(JOURNAL_CANARY.slice(0, 12));
    } finally {
      await browser.close();
    }
    expect(findInFirefoxProfile(dir, [JOURNAL_CANARY, TAG_CANARY, SEARCH_CANARY, PASSPHRASE])).toEqual([]);

    // A cold start with no server at all: the app opens from the service worker, and the entry comes back with the passphrase.
    ({ browser, page } = await launchFirefox(dir));
    try {
      await open(page, origin, '/journal', true);
      await waitForText(page, JOURNAL_CANARY);
    } finally {
      await browser.close();
    }
  });
});
