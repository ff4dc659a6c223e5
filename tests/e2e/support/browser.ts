/**
 * Launches the system Chromium with a persistent profile folder (so a test
 * can close the browser and open it again on the same data) and records
 * every request the page makes, so a test can assert none left the origin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium-path.ts';

// Flags from STACK.md: no sandbox as root, and no background traffic to Google's hosts.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface Session {
  context: BrowserContext;
  page: Page;
  userDataDir: string;
  /** Every URL requested by any page or worker of this context. */
  requests: string[];
}

export function newUserDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'attune-e2e-'));
}

export function removeUserDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

export async function launch(
  userDataDir: string,
  options: { colorScheme?: 'light' | 'dark'; reducedMotion?: 'reduce' | 'no-preference'; timezoneId?: string } = {},
): Promise<Session> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run `tsx scripts/ensure-browsers.ts` first');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'en-GB',
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    viewport: { width: 1024, height: 768 },
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, userDataDir, requests };
}

/** Requests to any host other than the app's own (data: and blob: URLs are local). */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(origin) && !/^(data|blob|chrome-extension|about):/.test(url));
}

/** Waits until a service worker controls the page: first visit → ready → reload. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Grants persistent storage, which headless Chromium otherwise leaves at "prompt" (STACK.md). */
export async function grantPersistentStorage(context: BrowserContext, page: Page, origin: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Browser.grantPermissions', { origin, permissions: ['durableStorage'] });
  await cdp.detach();
}
