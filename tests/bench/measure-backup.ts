/**
 * Backup and restore on the seeded decade (issue 13), through /backup as a
 * person uses it, one Chromium run per sample at x1 and x4:
 *
 * - export: from the press of "Back up now" to the status "Backed up", on the
 *   seeded profile (plain, so the file is not encrypted); the file's size
 *   (the download); the longest main-thread task in between;
 * - import, in a fresh browser profile (a new device): from choosing the file
 *   to its preview (read and checked in the worker), then from the press of
 *   "Restore" ("As a new profile") to the status "Restored"; the longest
 *   main-thread task over both.
 *
 * Start and end are taken in the page (performance.now() in a capturing
 * listener on the press or the file input's change, and a MutationObserver
 * that sees the status or preview appear), so Playwright's polling adds
 * nothing. Long tasks come from a buffered PerformanceObserver added before
 * the app's scripts run, as measure-progress.ts does; 0 when none took over
 * 50 ms (the long-task API's floor).
 */
import { statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Rate } from './bench-browser.ts';
import { throttle, WAIT_MS, withBrowser } from './bench-browser.ts';

const WORK_MS = 180_000;

export interface ExportRun {
  ms: number;
  longestTaskMs: number;
  fileBytes: number;
}

export interface ImportRun {
  /** Choosing the file to its preview. */
  openMs: number;
  /** "Restore" to "Restored". */
  writeMs: number;
  ms: number;
  longestTaskMs: number;
}

/** Notes every long task from the start of the document (a string: see bench-browser.ts on `__name`). */
export const LONG_TASKS = `(() => {
  window.__attuneLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__attuneLongTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
})();`;

/**
 * Arms a watch in the page: `start` is the time of the first event of type
 * `startEvent` whose target (or its button) says `startText` (or any file
 * input's change when `startText` is null); `end` is when an element matching
 * `endSelector` whose text starts with `endText` is in the page (or an alert).
 * It also notes whether a progress bar or a busy status showed in between.
 */
export function arm(page: Page, startEvent: 'click' | 'change', startText: string | null, endSelector: string, endText: string): Promise<void> {
  return page.evaluate(`(() => {
    const watch = { start: null, end: null, alert: null, progress: false };
    window.__attuneWatch = watch;
    document.addEventListener(${JSON.stringify(startEvent)}, (event) => {
      if (watch.start !== null) return;
      const target = event.target;
      const wanted = ${JSON.stringify(startText)};
      const button = target && target.closest ? target.closest('button') : null;
      if (wanted === null ? (target && target.type === 'file') : (button && button.textContent.trim() === wanted)) watch.start = performance.now();
    }, true);
    const check = () => {
      if (watch.start === null || watch.end !== null) return;
      if (document.querySelector('[role=progressbar], progress, [aria-busy=true]') || [...document.querySelectorAll('[role=status]')].some((el) => /…|%/.test(el.textContent || ''))) watch.progress = true;
      for (const element of document.querySelectorAll(${JSON.stringify(endSelector)})) {
        if ((element.textContent || '').trim().startsWith(${JSON.stringify(endText)})) { watch.end = performance.now(); return; }
      }
      const alert = document.querySelector('[role=alert]');
      if (alert && (alert.textContent || '').trim() !== '') { watch.end = performance.now(); watch.alert = alert.textContent; }
    };
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  })()`);
}

/** Waits for the armed watch to end; returns its span, the longest task in it and whether progress showed. @throws Error when the screen showed an alert instead */
export async function watched(page: Page, label: string): Promise<{ start: number; end: number; longestTaskMs: number; progress: boolean }> {
  await page.waitForFunction(() => (window as unknown as { __attuneWatch?: { end: number | null } }).__attuneWatch?.end != null, undefined, { timeout: WORK_MS, polling: 100 });
  const watch = (await page.evaluate('window.__attuneWatch')) as { start: number; end: number; alert: string | null; progress: boolean };
  if (watch.alert !== null) throw new Error(`${label}: the screen said "${watch.alert}"`);
  const tasks = (await page.evaluate('window.__attuneLongTasks')) as [number, number][];
  const inSpan = tasks.filter(([start, duration]) => start + duration > watch.start && start < watch.end).map(([, duration]) => duration);
  return { start: watch.start, end: watch.end, longestTaskMs: Math.max(0, ...inSpan), progress: watch.progress };
}

/** Backs up the seeded (plain) profile at `rate`; saves the file to `saveTo` when given. */
export async function exportRun(origin: string, seededDir: string, rate: Rate, run: number, saveTo?: string): Promise<ExportRun> {
  const label = `backup export x${rate} run ${run}`;
  return withBrowser(seededDir, async ({ context, page }) => {
    await page.addInitScript(LONG_TASKS);
    await page.goto(origin + '/backup');
    const protect = page.getByRole('checkbox', { name: 'Protect the file with a passphrase' });
    await protect.waitFor({ timeout: WAIT_MS });
    if (await protect.isChecked()) await protect.uncheck();
    const cdp = await throttle(context, page, rate);
    await arm(page, 'click', 'Back up now', '[role=status]', 'Backed up');
    const downloaded = page.waitForEvent('download', { timeout: WORK_MS });
    downloaded.catch(() => undefined); // awaited below; a failure before then is reported by `watched`
    await page.getByRole('button', { name: 'Back up now', exact: true }).click();
    const span = await watched(page, label);
    const download = await downloaded;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const path = saveTo ?? (await download.path());
    if (saveTo) await download.saveAs(saveTo);
    return { ms: span.end - span.start, longestTaskMs: span.longestTaskMs, fileBytes: statSync(path).size };
  });
}

/** Restores `file` as a new profile in a fresh browser profile at `rate`. */
export async function importRun(origin: string, file: string, rate: Rate, run: number): Promise<ImportRun> {
  const label = `backup import x${rate} run ${run}`;
  return withBrowser(undefined, async ({ context, page }) => {
    await page.addInitScript(LONG_TASKS);
    await page.goto(origin + '/');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor({ timeout: WAIT_MS });
    await page.goto(origin + '/backup');
    const input = page.getByLabel('Choose a backup file');
    await input.waitFor({ state: 'attached', timeout: WAIT_MS });
    const cdp = await throttle(context, page, rate);
    await arm(page, 'change', null, 'h3', 'What this file holds');
    await input.setInputFiles(file);
    const open = await watched(page, `${label} (opening)`);
    await page.getByRole('radio', { name: 'As a new profile' }).check();
    await page.getByLabel('Name for the new profile').fill(`Restored run ${run}`);
    await arm(page, 'click', 'Restore', '[role=status]', 'Restored');
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    const write = await watched(page, `${label} (writing)`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const openMs = open.end - open.start;
    const writeMs = write.end - write.start;
    return { openMs, writeMs, ms: openMs + writeMs, longestTaskMs: Math.max(open.longestTaskMs, write.longestTaskMs) };
  });
}
