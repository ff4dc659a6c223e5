/**
 * Page-load timings, each one run of Chromium:
 * - first contentful paint of '/' online, on a fresh profile (first visit);
 * - first contentful paint of '/' offline, served by the service worker, after
 *   one online visit has installed it and it controls the page;
 * - warm start: the second load of '/' on the seeded "10 years" profile, until
 *   the app's `attune:home-ready` mark (drafts, results, intentions and weekly
 *   reflections read and listed on the home screen);
 *   its first contentful paint is returned too, for the notes.
 * Only the measured load is CPU-throttled.
 */
import type { Page } from 'playwright-core';
import { waitForServiceWorkerControl } from '../e2e/support/browser.ts';
import type { Rate } from './bench-browser.ts';
import { entryStartTime, throttle, withBrowser } from './bench-browser.ts';
import type { History } from './seed-history.ts';
import { assertHistoryShown } from './seed-history.ts';

const FCP = 'first-contentful-paint';
export const HOME_READY = 'attune:home-ready';

async function assertHome(page: Page, label: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name: 'Today' });
  try {
    await heading.waitFor();
  } catch {
    throw new Error(`${label}: the page at ${page.url()} never showed the "Today" heading (title: ${await page.title()})`);
  }
}

export async function fcpOnline(origin: string, rate: Rate, run: number): Promise<number> {
  const label = `fcpOnline x${rate} run ${run}`;
  return withBrowser(undefined, async ({ context, page }) => {
    await throttle(context, page, rate);
    await page.goto(origin + '/');
    const fcp = await entryStartTime(page, FCP, label);
    await assertHome(page, label);
    return fcp;
  });
}

export async function fcpOffline(origin: string, rate: Rate, run: number): Promise<number> {
  const label = `fcpOffline x${rate} run ${run}`;
  return withBrowser(undefined, async ({ context, page }) => {
    await page.goto(origin + '/');
    await assertHome(page, label);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await throttle(context, page, rate);
    await page.goto(origin + '/');
    const fcp = await entryStartTime(page, FCP, label);
    await assertHome(page, label);
    const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!controlled) throw new Error(`${label}: the offline load was not controlled by the service worker`);
    return fcp;
  });
}

/** The seeded profile folder is reused (read only: loading '/' writes nothing the next run depends on). */
export async function warmStart(
  origin: string,
  seededDir: string,
  history: History,
  rate: Rate,
  run: number,
): Promise<{ homeReady: number; fcp: number }> {
  const label = `warmStart x${rate} run ${run}`;
  return withBrowser(seededDir, async ({ context, page }) => {
    await page.goto(origin + '/');
    await entryStartTime(page, HOME_READY, `${label} (first load)`);
    await throttle(context, page, rate);
    await page.goto(origin + '/');
    const homeReady = await entryStartTime(page, HOME_READY, label);
    const fcp = await entryStartTime(page, FCP, label);
    await assertHistoryShown(page, history).catch((error: unknown) => {
      throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
    return { homeReady, fcp };
  });
}
