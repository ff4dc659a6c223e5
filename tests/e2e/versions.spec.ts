/**
 * Two versions of the app meeting one database, in the real browser: a tab
 * whose database another tab upgrades stops and asks for a reload; an older
 * app meeting the newer database reads it but never writes to it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Session } from './support/browser.ts';
import { launch, newUserDataDir, removeUserDataDir } from './support/browser.ts';
import { SELF_ASSESSMENT_PATH, takeWholeAssessment } from './support/assessment-page.ts';

const origin = inject('origin');

describe('schema versions across tabs', () => {
  const userDataDir = newUserDataDir();
  let session: Session;

  beforeAll(async () => {
    session = await launch(userDataDir);
  });

  afterAll(async () => {
    await session.context.close();
    removeUserDataDir(userDataDir);
  });

  it('closes a tab’s database when another tab upgrades it, and asks for a reload', async () => {
    const { page, context } = session;
    await page.goto(origin + SELF_ASSESSMENT_PATH);
    await takeWholeAssessment(page, 2);
    await page.goto(origin + '/');
    await page.getByRole('link', { name: /^Self-assessment, / }).waitFor();

    // A newer app in a second tab upgrades the profile database to schema v9.
    const newer = await context.newPage();
    await newer.goto(origin + '/no-such-page');
    const upgradedTo = await newer.evaluate(async () => {
      const name = (await indexedDB.databases()).map((d) => d.name!).find((n) => n.startsWith('attune-profile-'))!;
      return new Promise<number>((resolve, reject) => {
        const request = indexedDB.open(name, 90);
        request.onupgradeneeded = () => request.result.createObjectStore('recordsFromTheFuture', { keyPath: 'id' });
        request.onsuccess = () => {
          const version = request.result.version;
          request.result.close();
          resolve(version);
        };
        request.onerror = () => reject(request.error);
      });
    });
    expect(upgradedTo).toBe(90);
    await page.getByRole('alert').filter({ hasText: 'Attune was updated in another tab' }).waitFor();
    await newer.close();
  });

  it('opens the newer database read-only after the reload: results show, nothing can be saved', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.getByText('Update Attune to keep saving').waitFor();
    await page.getByRole('link', { name: /^Self-assessment, / }).click();
    await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();

    await page.goto(origin + SELF_ASSESSMENT_PATH);
    const firstRadio = page.getByRole('radiogroup').first().getByRole('radio').first();
    await firstRadio.waitFor();
    expect(await firstRadio.isDisabled()).toBe(true);
    const drafts = await page.evaluate(async () => {
      const name = (await indexedDB.databases()).map((d) => d.name!).find((n) => n.startsWith('attune-profile-'))!;
      return new Promise<number>((resolve) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          const count = request.result.transaction('drafts').objectStore('drafts').count();
          count.onsuccess = () => {
            resolve(count.result);
            request.result.close();
          };
        };
      });
    });
    expect(drafts).toBe(0);
  });
});
