/**
 * The foundation's promise, in the real browser: after one online visit the
 * whole app works offline, the assessment can be taken offline, and its
 * result survives a reload and a browser restart. No request ever leaves the
 * app's own origin.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Session } from './support/browser.ts';
import { foreignRequests, grantPersistentStorage, launch, newUserDataDir, removeUserDataDir, waitForServiceWorkerControl } from './support/browser.ts';
import { answerCurrentStep, SELF_ASSESSMENT_PATH, takeWholeAssessment } from './support/assessment-page.ts';

const origin = inject('origin');
const ROUTES = ['/', SELF_ASSESSMENT_PATH, '/assess/weekly-pulse', '/reflections', '/intentions', '/history/weekly-pulse', '/settings', '/profiles', '/results/not-a-result', '/no-such-page'];

describe('offline-first', () => {
  const userDataDir = newUserDataDir();
  let session: Session;
  const allRequests: string[] = [];

  beforeAll(async () => {
    session = await launch(userDataDir);
  });

  afterAll(async () => {
    allRequests.push(...session.requests);
    await session.context.close();
    removeUserDataDir(userDataDir);
    expect(foreignRequests(allRequests, origin)).toEqual([]);
  });

  it('installs a service worker on the first visit and takes control after a reload', async () => {
    const { page, context } = session;
    await page.goto(origin + '/');
    await expect(page.getByRole('heading', { level: 1, name: 'Today' }).isVisible()).resolves.toBe(true);
    await waitForServiceWorkerControl(page);
    await grantPersistentStorage(context, page, origin);
    // Nothing saved yet, so nothing has asked for persistent storage.
    await page.goto(origin + '/settings');
    await page.getByText(/^Not yet persistent/).waitFor();
    const cacheCount = await page.evaluate(async () => (await caches.keys()).length);
    expect(cacheCount).toBeGreaterThan(0);
  });

  it('reloads every route while offline', async () => {
    const { page, context } = session;
    await context.setOffline(true);
    for (const route of ROUTES) {
      await page.goto(origin + route);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const heading = await page.getByRole('heading', { level: 1 }).textContent();
      expect(heading, `route ${route}`).toBeTruthy();
    }
    await page.goto(origin + '/');
    await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
  });

  it('takes the whole assessment offline, resuming a draft after a reload mid-way', async () => {
    const { page } = session;
    await page.goto(origin + SELF_ASSESSMENT_PATH);
    await answerCurrentStep(page, 4);
    await page.getByRole('button', { name: /^Next:/ }).click();
    const savedBefore = await page.evaluate(() => performance.getEntriesByName('attune:autosave').length);
    await page.getByRole('radiogroup').first().getByRole('radio').nth(2).check();
    // Reload once the answer's save has landed (the app's own autosave measure): a reload within
    // milliseconds of a tick is a kill mid-save, which durability.spec.ts covers with its own bound.
    await page.waitForFunction((before) => performance.getEntriesByName('attune:autosave').length > before, savedBefore);

    await page.reload();
    await page.getByRole('heading', { name: 'Carry on where you left off?' }).waitFor();
    await page.getByRole('button', { name: 'Resume' }).click();
    // Back on step 2, with the answer given before the reload still chosen.
    await page.getByRole('heading', { level: 2, name: /Understanding/ }).waitFor();
    expect(await page.getByRole('radiogroup').first().getByRole('radio').nth(2).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { level: 2, name: /Attending/ }).waitFor();
    await page.goto(origin + SELF_ASSESSMENT_PATH);
    await page.getByRole('button', { name: /Start again/ }).click();
    await takeWholeAssessment(page, 3);
    const table = page.getByRole('table');
    expect(await table.getByRole('row', { name: /Attending/ }).textContent()).toMatch(/Attending/);
  });

  it('keeps the result after a reload and after the browser restarts', async () => {
    let { page } = session;
    const resultUrl = page.url();
    const overall = await page.getByRole('row', { name: /Overall/ }).textContent();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();
    expect(await page.getByRole('row', { name: /Overall/ }).textContent()).toBe(overall);

    allRequests.push(...session.requests);
    await session.context.close();
    session = await launch(userDataDir);
    await session.context.setOffline(true);
    page = session.page;
    await page.goto(resultUrl);
    await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();
    expect(await page.getByRole('row', { name: /Overall/ }).textContent()).toBe(overall);

    await page.goto(origin + '/');
    await page.getByRole('link', { name: /Self-assessment, / }).first().waitFor();
    expect(await page.getByRole('link', { name: /Self-assessment, / }).count()).toBe(1);
  });

  it('asks for persistent storage after the first saved result and shows it in Settings', async () => {
    const { page } = session;
    await page.goto(origin + '/settings');
    await page.getByText(/^Persistent: the browser will not clear it/).waitFor();
    await expect(page.getByText(/Space used/).isVisible()).resolves.toBe(true);
  });
});
