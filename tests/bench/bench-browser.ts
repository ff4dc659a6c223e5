/**
 * Browser plumbing shared by the measurements: one Chromium run on a fresh
 * (or given) profile folder that is always closed and, if temporary, removed;
 * CPU throttling through the Chrome DevTools Protocol; waiting for a
 * performance entry with a clear message on timeout; progress logs to stderr.
 *
 * Functions passed to page.evaluate here declare no named inner functions:
 * tsx compiles with keepNames, which would wrap them in a `__name` helper
 * that does not exist in the page.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launch, newUserDataDir, removeUserDataDir } from '../e2e/support/browser.ts';

export type Rate = 1 | 4;
export const RATES: readonly Rate[] = [1, 4];

export const WAIT_MS = 30_000;
const NAVIGATION_MS = 45_000;

const startedAt = Date.now();

/** Progress goes to stderr, so stdout carries only the final JSON. */
export function log(message: string): void {
  console.error(`[bench ${((Date.now() - startedAt) / 1000).toFixed(1).padStart(6)} s] ${message}`);
}

/** Uncaught page errors and console errors seen in any run, with how often (reported, never fatal). */
export const pageProblems = new Map<string, number>();

function noteProblem(kind: string, text: string): void {
  const key = `${kind}: ${text.split('\n')[0]!.slice(0, 300)}`;
  pageProblems.set(key, (pageProblems.get(key) ?? 0) + 1);
}

export interface BenchSession {
  context: BrowserContext;
  page: Page;
  userDataDir: string;
}

/**
 * Launches Chromium on `userDataDir` (or a new temporary one, removed after),
 * runs `fn`, and always closes the browser.
 */
export async function withBrowser<T>(userDataDir: string | undefined, fn: (session: BenchSession) => Promise<T>): Promise<T> {
  const temporary = userDataDir === undefined;
  const dir = userDataDir ?? newUserDataDir();
  try {
    const { context, page } = await launch(dir);
    page.on('pageerror', (error) => noteProblem('page error', error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') noteProblem('console error', message.text());
    });
    try {
      page.setDefaultTimeout(WAIT_MS);
      page.setDefaultNavigationTimeout(NAVIGATION_MS);
      return await fn({ context, page, userDataDir: dir });
    } finally {
      await context.close().catch((error: unknown) => log(`warning: closing the browser failed: ${String(error)}`));
    }
  } finally {
    if (temporary) removeUserDataDir(dir);
  }
}

/**
 * Sets the page's CPU throttling rate (1 = native speed). The returned CDP
 * session must stay attached while measuring: detaching it lifts the throttle.
 * The rate survives same-origin navigations of the page.
 */
export async function throttle(context: BrowserContext, page: Page, rate: Rate): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/** Waits for the first performance entry called `name` in the current document and returns its startTime (ms from navigation start). */
export async function entryStartTime(page: Page, name: string, label: string, timeout = WAIT_MS): Promise<number> {
  try {
    await page.waitForFunction((entryName) => performance.getEntriesByName(entryName).length > 0, name, { timeout, polling: 50 });
  } catch (error) {
    throw new Error(`${label}: no "${name}" performance entry within ${timeout} ms at ${page.url()} (${firstLine(error)})`, { cause: error });
  }
  return page.evaluate((entryName) => performance.getEntriesByName(entryName)[0]!.startTime, name);
}

/** Runs one step, prefixing any error with what was being measured. */
export async function step<T>(label: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message.startsWith(label)) throw error;
    throw new Error(`${label}: ${message}`, { cause: error });
  }
}

export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/**
 * Calibration: the shortest of three runs of a fixed busy loop on the page
 * (the shortest, as other work on the machine only ever adds time), to
 * confirm the throttle is applied.
 */
export async function busyLoopMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    let best = Infinity;
    let x = 0;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      for (let i = 0; i < 20_000_000; i++) x = (x + i * 7) % 1_000_003;
      best = Math.min(best, performance.now() - start);
    }
    return best + (x < 0 ? 1 : 0);
  });
}
