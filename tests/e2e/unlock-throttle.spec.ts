/**
 * The wait after wrong passphrases, in the real browser: with two tabs
 * guessing at once on one profile, every guess counts, whichever tab made it,
 * so the wait begins after five wrong guesses in all and holds in both tabs;
 * and moving the device's clock forward does not end it.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { launch, newUserDataDir, removeUserDataDir } from './support/browser.ts';
import { setPassphraseOnProfile } from './support/profile-page.ts';

const origin = inject('origin');
const PASSPHRASE = 'copper heron window forty';
const WRONG = 'That passphrase did not unlock this profile.';
const WAIT = /Too many wrong attempts\. To keep this profile safe, you can try again in (1 minute|\d+ seconds)\./;

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeUserDataDir));

async function setPassphraseAndLock(page: Page): Promise<void> {
  await setPassphraseOnProfile(page, origin, PASSPHRASE);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Unlock My reflections' }).waitFor();
}

const passphraseField = (page: Page) => page.getByLabel('Passphrase', { exact: true });

/** Presses Unlock, then waits until the attempt has been answered (the form empties the field). */
async function pressUnlock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect.poll(() => passphraseField(page).inputValue(), { timeout: 30_000 }).toBe('');
}

describe('two tabs guessing at once', () => {
  it('counts every wrong guess: the wait begins after five in all, and the right passphrase must wait in either tab', async () => {
    const dir = newUserDataDir();
    dirs.push(dir);
    const { context, page: first } = await launch(dir);
    await first.goto(origin + '/');
    await setPassphraseAndLock(first);
    const second = await context.newPage();
    await second.goto(origin + '/');
    await second.getByRole('heading', { level: 1, name: 'Unlock My reflections' }).waitFor({ timeout: 30_000 });

    // Two rounds of a guess in each tab at the same moment: four wrong guesses, none yet slowed.
    for (let round = 1; round <= 2; round++) {
      await passphraseField(first).fill(`first tab guess ${round}`);
      await passphraseField(second).fill(`second tab guess ${round}`);
      await Promise.all([pressUnlock(first), pressUnlock(second)]);
      for (const page of [first, second]) {
        expect(await page.getByRole('alert').textContent()).toBe(WRONG);
        expect(await page.getByText(WAIT).count()).toBe(0);
      }
    }

    // The fifth wrong guess in all starts the wait.
    await passphraseField(first).fill('first tab guess 3');
    await pressUnlock(first);
    await first.getByText(WAIT).waitFor({ timeout: 10_000 });

    // The other tab's next attempt, even with the right passphrase, is held back, and not counted.
    await passphraseField(second).fill(PASSPHRASE);
    await pressUnlock(second);
    await second.getByText(WAIT).waitFor({ timeout: 10_000 });
    await passphraseField(second).fill(PASSPHRASE);
    expect(await second.getByRole('button', { name: 'Unlock', exact: true }).isDisabled()).toBe(true);
    expect(await second.getByRole('heading', { level: 1, name: 'Unlock My reflections' }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('the device clock', () => {
  it('moved two hours forward after five wrong guesses, does not end the wait, even across a reload', async () => {
    const dir = newUserDataDir();
    dirs.push(dir);
    const { context, page } = await launch(dir);
    await page.clock.install(); // the page's clocks, so the test can move the date and time as a person could
    await page.goto(origin + '/');
    await setPassphraseAndLock(page);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await passphraseField(page).fill(`wrong guess ${attempt}`);
      await pressUnlock(page);
    }
    await page.getByText(WAIT).waitFor({ timeout: 10_000 });

    await page.clock.setSystemTime(Date.now() + 2 * 60 * 60_000);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Unlock My reflections' }).waitFor({ timeout: 30_000 });
    await page.getByText(WAIT).waitFor({ timeout: 10_000 });
    await passphraseField(page).fill(PASSPHRASE);
    expect(await page.getByRole('button', { name: 'Unlock', exact: true }).isDisabled()).toBe(true);
    await context.close();
  });
});
