/**
 * A coach with ten coachees, each sharing a decade (issue 14), through /coach
 * as a coach uses it:
 *
 * - ten share files made in node from the seeded decade
 *   (tests/fixtures/coaching/seeded-share.ts: each leader's own records,
 *   about 4,000 a decade, ≈ 40,000 in all), each with its own passphrase, as
 *   shares are encrypted by default;
 * - imported one after another into a fresh coach space (a fresh browser
 *   profile whose one profile is made a coach space) at CPU throttle x4: for
 *   each, from the press of "Open share" to the new coachee's preview
 *   ("Add coachee" on screen), then from the press of "Add coachee" to the
 *   status "Added <name>"; the longest main-thread task in those spans, and
 *   whether a progress bar or a busy status showed while it worked. Typing
 *   the passphrase and the name is the person's time, not the app's: not
 *   counted;
 * - then, in that coach space, per rate and run: the coachee list (a fresh
 *   load of /coach, from navigation start until the list holds all ten
 *   links), and one coachee's review until its Progress dashboard has drawn
 *   every chart (PROGRESS_MARKS.allCharts, the mark the Progress screen's
 *   charts set), loaded once unmeasured first so the chart chunk comes from
 *   the cache, with the longest task before it.
 *
 * Times are taken in the page (measure-backup.ts's watch, marks, or a
 * MutationObserver added before the app's scripts run), so Playwright's
 * polling adds nothing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROGRESS_MARKS } from '../../src/ui/charts/chart-names.ts';
import { addCoachee } from '../e2e/support/coach-page.ts';
import type { SeededShare } from '../fixtures/coaching/seeded-share.ts';
import { seededShare } from '../fixtures/coaching/seeded-share.ts';
import type { Rate } from './bench-browser.ts';
import { entryStartTime, log, throttle, WAIT_MS, withBrowser } from './bench-browser.ts';
import { arm, LONG_TASKS, watched } from './measure-backup.ts';
import type { HistoryContent } from './seed-history.ts';

export const COACHEES = 10;
const IMPORT_MS = 240_000;

export interface ShareFile {
  path: string;
  passphrase: string;
  name: string;
  linkId: string;
  records: number;
  bytes: number;
}

export interface CoacheeImport {
  /** "Open share" to the preview. */
  openMs: number;
  /** "Add coachee" to "Added". */
  writeMs: number;
  ms: number;
  longestTaskMs: number;
  progressShown: boolean;
}

/** Makes the ten leaders' share files in `dir`. */
export async function makeShareFiles(content: HistoryContent, dir: string, now: Date): Promise<ShareFile[]> {
  const made: ShareFile[] = [];
  for (let i = 1; i <= COACHEES; i++) {
    const passphrase = `coachee ${i} passphrase for the bench`;
    const name = `Coachee ${String(i).padStart(2, '0')}`;
    const share: SeededShare = await seededShare(content, { seed: i, leaderName: name, now, passphrase });
    const path = join(dir, `share-${i}.json`);
    writeFileSync(path, share.text);
    made.push({ path, passphrase, name, linkId: share.body.linkId, records: share.records, bytes: Buffer.byteLength(share.text) });
    log(`coaching: share ${i}/${COACHEES} made, ${share.records} records, ${Buffer.byteLength(share.text)} bytes`);
  }
  return made;
}

/** Opens the app on a fresh profile and makes its one profile a coach space. */
async function becomeCoach(page: Page, origin: string): Promise<void> {
  await page.goto(origin + '/');
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor({ timeout: WAIT_MS });
  await page.goto(origin + '/coach');
  await page.getByRole('button', { name: 'Use this profile for coaching' }).click();
  await page.getByRole('heading', { level: 2, name: 'Open a share' }).waitFor({ timeout: WAIT_MS });
}

/** One import through "Open a share", measured at whatever throttle the page has. */
async function importOne(page: Page, origin: string, file: ShareFile): Promise<CoacheeImport> {
  await page.goto(origin + '/coach');
  const section = page.locator('form, section').filter({ has: page.getByRole('heading', { level: 2, name: 'Open a share', exact: true }) }).last();
  await section.getByLabel('Share file', { exact: true }).setInputFiles(file.path);
  const passphrase = section.getByLabel('Share file passphrase', { exact: true });
  const openButton = section.getByRole('button', { name: 'Open share', exact: true });
  // A screen that asks for the passphrase only once it has seen the file is protected: that first look is not timed.
  if (!(await passphrase.isVisible())) await openButton.click();
  await passphrase.waitFor({ timeout: WAIT_MS });
  await passphrase.fill(file.passphrase);
  await arm(page, 'click', 'Open share', 'button', 'Add coachee');
  await openButton.click();
  const open = await watched(page, `coaching import of ${file.name} (opening)`);
  await arm(page, 'click', 'Add coachee', '[role=status]', `Added ${file.name}`);
  const added = addCoachee(page, file.name);
  const write = await watched(page, `coaching import of ${file.name} (writing)`);
  await added;
  const openMs = open.end - open.start;
  const writeMs = write.end - write.start;
  return { openMs, writeMs, ms: openMs + writeMs, longestTaskMs: Math.max(open.longestTaskMs, write.longestTaskMs), progressShown: open.progress || write.progress };
}

/** Imports every file into a fresh coach space kept in `coachDir`, at `rate`. */
export async function importAll(origin: string, coachDir: string, files: readonly ShareFile[], rate: Rate): Promise<CoacheeImport[]> {
  return withBrowser(coachDir, async ({ context, page }) => {
    page.setDefaultTimeout(IMPORT_MS);
    await page.addInitScript(LONG_TASKS);
    await becomeCoach(page, origin);
    const cdp = await throttle(context, page, rate);
    const runs: CoacheeImport[] = [];
    for (const file of files) {
      const run = await importOne(page, origin, file);
      runs.push(run);
      log(`coaching import x${rate} ${file.name}: open ${run.openMs.toFixed(1)}, write ${run.writeMs.toFixed(1)}, longest task ${run.longestTaskMs.toFixed(1)} ms, progress ${run.progressShown}`);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return runs;
  });
}

/** Notes when the list under "Coachees" first holds `count` links (a string: see bench-browser.ts on `__name`). */
const LIST_WATCH = (count: number) => `(() => {
  const check = () => {
    if (window.__attuneCoacheeList !== undefined) return;
    for (const heading of document.querySelectorAll('h2')) {
      if (heading.textContent.trim() !== 'Coachees') continue;
      const part = heading.closest('section, form') || heading.parentElement;
      if (part && part.querySelectorAll('a[href]').length >= ${count}) window.__attuneCoacheeList = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
})();`;

/** A fresh load of /coach at `rate`: navigation start until every coachee is listed. */
export async function coacheeListRun(origin: string, coachDir: string, count: number, rate: Rate): Promise<number> {
  return withBrowser(coachDir, async ({ context, page }) => {
    await page.goto(origin + '/coach');
    await page.getByRole('heading', { level: 1, name: 'Coaching' }).waitFor();
    await page.addInitScript(LIST_WATCH(count));
    await throttle(context, page, rate);
    await page.goto(origin + '/coach');
    await page.waitForFunction(() => (window as unknown as { __attuneCoacheeList?: number }).__attuneCoacheeList !== undefined, undefined, { timeout: WAIT_MS, polling: 100 });
    return (await page.evaluate('window.__attuneCoacheeList')) as number;
  });
}

/** One coachee's review at `rate`: navigation start until every chart of their dashboard is drawn, and the longest task before. */
export async function coacheeDashboardRun(origin: string, coachDir: string, linkId: string, rate: Rate, run: number): Promise<{ ms: number; longestTaskMs: number }> {
  const label = `coachee dashboard x${rate} run ${run}`;
  const path = `/coach/${encodeURIComponent(linkId)}`;
  return withBrowser(coachDir, async ({ context, page }) => {
    await page.goto(origin + path);
    await entryStartTime(page, PROGRESS_MARKS.allCharts, `${label} (first load)`, IMPORT_MS);
    await page.addInitScript(LONG_TASKS);
    await throttle(context, page, rate);
    await page.goto(origin + path);
    const ms = await entryStartTime(page, PROGRESS_MARKS.allCharts, label, IMPORT_MS);
    const tasks = (await page.evaluate('window.__attuneLongTasks')) as [number, number][];
    return { ms, longestTaskMs: Math.max(0, ...tasks.filter(([start]) => start < ms).map(([, duration]) => duration)) };
  });
}
