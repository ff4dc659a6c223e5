/**
 * Journal timings on the seeded "10 years" profile (3,650 entries of ~1,800
 * characters), read from the app's own performance entries
 * (src/features/journal/journal-screen.tsx and use-entry-autosave.ts):
 *
 * - list first screen, `attune:journal-list-ready` (the first rows on screen;
 *   the first page of PAGE_SIZE rows comes straight from storage):
 *   - `loadMs`: a load of /journal, from navigation start (the whole app
 *     starting, then the list);
 *   - `inAppMs`: on Today (storage already open), from the click on the
 *     "Journal" link to the mark: the screen's code loading and the list;
 * - rows in the list (`ul.journal-list > li`) when the list is ready, once
 *   the whole journal is in memory, and after a search;
 * - search per keystroke, `attune:journal-search` (from the keystroke to the
 *   results rendered): once the in-memory index is loaded (the status reads
 *   "3650 entries"), SEARCH_QUERY is typed one character at a time, waiting
 *   for each search's measure before the next key;
 * - autosave of a keystroke burst, `attune:journal-autosave`: an existing
 *   entry opened from the list (so the in-memory index is loaded and is
 *   updated by each save, as in real use), AUTOSAVE_BURST typed one
 *   character at a time at KEY_DELAY_MS. The app's measure runs from the
 *   first unsaved change to the entry being stored, so it includes the
 *   deliberate SAVE_DELAY_MS wait before a save starts; a probe (PROBE)
 *   notes when that wait's timer fires, which splits each measure into the
 *   wait and the save itself.
 *
 * Each run of the list and search figures is its own Chromium launch,
 * throttled after a first, unmeasured load of /journal (which warms the
 * service worker's cache, as for a returning user).
 */
import type { Page } from 'playwright-core';
import { PAGE_SIZE } from '../../src/features/journal/journal-screen.tsx';
import { SAVE_DELAY_MS } from '../../src/features/journal/use-entry-autosave.ts';
import type { Rate } from './bench-browser.ts';
import { entryStartTime, step, throttle, WAIT_MS, withBrowser } from './bench-browser.ts';
import { HOME_READY } from './measure-loads.ts';

export const JOURNAL_PATH = '/journal';
export { PAGE_SIZE, SAVE_DELAY_MS };
const LIST_READY = 'attune:journal-list-ready';
const SEARCH = 'attune:journal-search';
const AUTOSAVE = 'attune:journal-autosave';
const LIST_ITEMS = 'ul.journal-list > li';

/** Typed into the search box, one key at a time: 13 searches per run. */
export const SEARCH_QUERY = 'handover calm';
/** Pause after each search's results, before the next key. */
const SEARCH_PAUSE_MS = 100;
/** Typed at the end of an existing entry: 40 characters. */
export const AUTOSAVE_BURST = ' Asked nights how the handover went. Ok.';
/** Between keys while typing the burst: about 8 keys a second, a brisk typist. */
export const KEY_DELAY_MS = 120;

export interface JournalRun {
  loadMs: number;
  inAppMs: number;
  /** Rows in the list when it was first ready, once all entries were in memory, and after the search. */
  rows: { ready: number; indexed: number; searched: number };
  /** Entries the full query matched. */
  matches: number;
  searchMs: number[];
}

async function countRows(page: Page): Promise<number> {
  return page.evaluate((selector) => document.querySelectorAll(selector).length, LIST_ITEMS);
}

async function entryCount(page: Page, name: string): Promise<number> {
  return page.evaluate((entryName) => performance.getEntriesByName(entryName).length, name);
}

/** Waits until the in-memory index holds every entry (the status line reads "<total> entries"). */
async function waitForIndex(page: Page, total: number): Promise<void> {
  await page.getByText(`${total} entries`, { exact: true }).waitFor({ timeout: WAIT_MS });
}

/** One run of the list and search figures at `rate`, in its own browser on the seeded profile. */
export async function journalRun(origin: string, seededDir: string, total: number, rate: Rate, run: number): Promise<JournalRun> {
  const label = `journal x${rate} run ${run}`;
  return withBrowser(seededDir, async ({ context, page }) => {
    await page.goto(origin + JOURNAL_PATH);
    await entryStartTime(page, LIST_READY, `${label} (first load)`);
    await waitForIndex(page, total);
    await throttle(context, page, rate);

    // (a) A load of /journal, from navigation start to the first rows on screen.
    await page.goto(origin + JOURNAL_PATH);
    const loadMs = await entryStartTime(page, LIST_READY, `${label} (load)`);
    const ready = await countRows(page);

    // (a') From Today, a click on "Journal" to the first rows on screen.
    await page.goto(origin + '/');
    await entryStartTime(page, HOME_READY, `${label} (Today)`);
    await page.evaluate(() => {
      const probe = window as unknown as { benchClickAt?: number };
      probe.benchClickAt = undefined;
      document.addEventListener('click', (event) => (probe.benchClickAt ??= event.timeStamp), { capture: true, once: true });
    });
    await page.getByRole('link', { name: 'Journal', exact: true }).first().click();
    const readyAt = await entryStartTime(page, LIST_READY, `${label} (from Today)`);
    const clickAt = await page.evaluate(() => (window as unknown as { benchClickAt?: number }).benchClickAt);
    if (clickAt === undefined) throw new Error(`${label}: the click on "Journal" was not seen`);
    const inAppMs = readyAt - clickAt;

    // (b) Search, once every entry is in memory: one key at a time, each search's results before the next key.
    await waitForIndex(page, total);
    const indexed = await countRows(page);
    await page.getByRole('searchbox', { name: 'Search your journal' }).click();
    for (const [i, key] of [...SEARCH_QUERY].entries()) {
      const before = await entryCount(page, SEARCH);
      await page.keyboard.type(key);
      try {
        await page.waitForFunction(([name, count]) => performance.getEntriesByName(name as string).length > (count as number), [SEARCH, before], {
          timeout: WAIT_MS,
          polling: 20,
        });
      } catch (error) {
        throw new Error(`${label}: no "${SEARCH}" measure after key ${i + 1} of "${SEARCH_QUERY}" (is it still recorded by journal-screen.tsx?)`, { cause: error });
      }
      await page.waitForTimeout(SEARCH_PAUSE_MS);
    }
    const searchMs = await page.evaluate((name) => performance.getEntriesByName(name).map((entry) => entry.duration), SEARCH);
    const status = await page.getByText(/^\d+ (entries match|entry matches)$/).textContent({ timeout: WAIT_MS });
    const matches = Number.parseInt(status ?? '', 10);
    const searched = await countRows(page);
    return { loadMs, inAppMs, rows: { ready, indexed, searched }, matches, searchMs };
  });
}

/**
 * Notes when each SAVE_DELAY_MS timer fires (the save starting) and when the
 * last key went down. Wraps setTimeout for that one delay only; the callback
 * runs unchanged. Injected as a string (see bench-browser.ts on `__name`).
 */
const PROBE = `(() => {
  const original = window.setTimeout;
  const probe = { fires: [], lastKey: 0 };
  Object.defineProperty(window, '__attuneBench', { value: probe });
  window.addEventListener('keydown', () => { probe.lastKey = performance.now(); }, true);
  window.setTimeout = function (handler, delay, ...args) {
    if (typeof handler === 'function' && delay === ${SAVE_DELAY_MS}) {
      return original.call(window, function (...a) { probe.fires.push(performance.now()); return handler.apply(this, a); }, delay, ...args);
    }
    return original.call(window, handler, delay, ...args);
  };
})();`;

export interface AutosaveSample {
  /** The app's measure: first unsaved change to stored, including the wait before the save. */
  measureMs: number;
  /** From the timer firing (the save starting) to stored: the save itself. Null if no timer fired inside the measure. */
  saveMs: number | null;
}

/** Journal autosave at `rate`: `rounds` bursts, each in an entry opened from the list on a fresh load. */
export async function journalAutosave(origin: string, seededDir: string, total: number, rate: Rate, rounds: number): Promise<AutosaveSample[]> {
  return withBrowser(seededDir, async ({ context, page }) => {
    await context.addInitScript(PROBE);
    await throttle(context, page, rate);
    const samples: AutosaveSample[] = [];
    for (let round = 1; round <= rounds; round++) {
      await step(`journal autosave x${rate} round ${round}`, async () => {
        await page.goto(origin + JOURNAL_PATH);
        await waitForIndex(page, total);
        await page.locator(LIST_ITEMS).nth(round - 1).getByRole('link').click();
        const editor = page.getByRole('textbox', { name: 'Your entry' });
        await editor.waitFor({ timeout: WAIT_MS });
        await editor.click();
        await page.keyboard.press('Control+End');
        await editor.pressSequentially(AUTOSAVE_BURST, { delay: KEY_DELAY_MS });
        // Done when a save has started after the last key and has been measured.
        await page.waitForFunction(
          (name) => {
            const probe = (window as unknown as { __attuneBench?: { fires: number[]; lastKey: number } }).__attuneBench;
            const last = performance.getEntriesByName(name).at(-1);
            const fire = probe?.fires.at(-1);
            return probe !== undefined && last !== undefined && fire !== undefined && fire > probe.lastKey && last.startTime + last.duration >= fire;
          },
          AUTOSAVE,
          { timeout: WAIT_MS, polling: 100 },
        );
        const { fires, measures } = await page.evaluate((name) => {
          const probe = (window as unknown as { __attuneBench: { fires: number[] } }).__attuneBench;
          return { fires: [...probe.fires], measures: performance.getEntriesByName(name).map((m) => ({ start: m.startTime, end: m.startTime + m.duration })) };
        }, AUTOSAVE);
        if (fires.length === 0) throw new Error(`no ${SAVE_DELAY_MS} ms save timer fired: has SAVE_DELAY_MS or the autosave changed?`);
        for (const { start, end } of measures) {
          const fire = fires.filter((f) => f >= start && f <= end).at(-1);
          samples.push({ measureMs: end - start, saveMs: fire === undefined ? null : end - fire });
        }
      });
    }
    return samples;
  });
}
