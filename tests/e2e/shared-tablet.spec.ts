/**
 * Shared-tablet safety in the real browser, offline: nothing a person typed
 * into a locked profile (answers, written answers, journal text and tags, a
 * search, intentions and follow-ups, practice titles and notes) is anywhere
 * in the browser's profile folder after the lock and the browser closes —
 * not in IndexedDB, nor in the browser's own autofill, form history or
 * session-restore files — with a plain profile as the control that the scan
 * finds them; and locking in one tab locks every other tab within half a second.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { allFiles, findOnDisk, formStateInSessions, isAppCode, siteDataFiles } from './support/disk-scan.ts';
import { launch, newUserDataDir, removeUserDataDir, waitForServiceWorkerControl } from './support/browser.ts';
import { answerCurrentStep, SELF_ASSESSMENT_PATH, takeWholeAssessment } from './support/assessment-page.ts';
import { CANARIES, NAME_CANARY, typeCanaries } from './support/personal-fields.ts';
import { setPassphraseOnProfile } from './support/profile-page.ts';

const origin = inject('origin');
const PASSPHRASE = 'marble otter lantern ninety';
const content = JSON.parse(readFileSync('content/questionnaires/compassionate-leadership.json', 'utf8')) as {
  sections: Array<{ items: Array<{ id: string }> }>;
};
/** Item ids are written into every saved answer; they must not be readable in a locked profile's database. */
const ANSWER_CANARIES = content.sections.flatMap((e) => e.items.map((i) => i.id));

/** Typed only into the control's own fields, which keep the browser's defaults. */
const CONTROL_CANARIES = { field: 'autofillcontrol-merrowdale-4350', textarea: 'sessioncontrol-brackenfold-5461' };

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeUserDataDir));

/** A browser on a new profile folder, removed after the file's tests. */
async function freshBrowser(): Promise<{ dir: string; session: Awaited<ReturnType<typeof launch>> }> {
  const dir = newUserDataDir();
  dirs.push(dir);
  return { dir, session: await launch(dir) };
}

async function setPassphrase(page: Page): Promise<void> {
  await setPassphraseOnProfile(page, origin, PASSPHRASE);
}

async function unlock(page: Page): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

/** Loads a page; a reload of a profile with a passphrase asks for it again. */
async function gotoUnlocked(page: Page, path: string): Promise<void> {
  await page.goto(origin + path);
  const unlockHeading = page.getByRole('heading', { level: 1, name: /^Unlock / });
  const lockButton = page.getByRole('button', { name: 'Lock', exact: true });
  await unlockHeading.or(lockButton).first().waitFor({ timeout: 30_000 });
  if (await unlockHeading.isVisible()) {
    await unlock(page);
    await lockButton.waitFor({ timeout: 30_000 });
  }
}

/** Opens a path as a person would: for a profile with a passphrase, unlocking first where it asks. */
function opener(page: Page, locked: boolean): (path: string) => Promise<void> {
  return (path) => (locked ? gotoUnlocked(page, path) : page.goto(origin + path).then(() => undefined));
}

/** Renames the open profile, so its name can be looked for outside the app's own storage. */
async function rename(page: Page, name: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Name' });
  await form.getByRole('textbox', { name: 'Name shown on this device' }).fill(name);
  await form.getByRole('button', { name: 'Save name' }).click();
  await form.getByText('Name saved.').waitFor();
}

/** Leaves a draft of the self-assessment with one answer, like a leader mid-way through the next one. */
async function leaveDraft(page: Page, go: (path: string) => Promise<void>): Promise<void> {
  await go(SELF_ASSESSMENT_PATH);
  await answerCurrentStep(page, 1);
  await page.waitForTimeout(300);
}

describe('encryption at rest', () => {
  it('control: a profile without a passphrase has every saved canary readable in IndexedDB', async () => {
    const { dir, session } = await freshBrowser();
    await session.page.goto(origin + '/');
    await typeCanaries(session.page, opener(session.page, false));
    await session.context.close();
    const indexedDb = siteDataFiles(dir, /IndexedDB/);
    expect(findOnDisk(indexedDb, ANSWER_CANARIES).length).toBeGreaterThan(0);
    // Every canary that is saved (all but the search, which never is) is found, so the scan below can find each one.
    const saved = Object.entries(CANARIES).filter(([kind]) => kind !== 'journalSearch');
    expect(new Set(findOnDisk(indexedDb, saved.map(([, canary]) => canary)).map((hit) => hit.needle))).toEqual(new Set(saved.map(([, canary]) => canary)));
  });

  it('control: this Chromium keeps fields without autocomplete="off" in its form history and session files, where the scan finds them', async () => {
    const { dir, session } = await freshBrowser();
    const { page } = session;
    await page.goto(origin + '/');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // A form the app never shows: a text field and a text box with the browser's defaults, submitted.
    await page.evaluate(() => {
      const form = document.createElement('form');
      form.setAttribute('aria-label', 'Control');
      form.innerHTML = '<label>Word <input name="word"></label><label>Note <textarea name="note"></textarea></label><button>Send</button>';
      form.addEventListener('submit', (event) => event.preventDefault());
      document.body.append(form);
    });
    const form = page.getByRole('form', { name: 'Control' });
    await form.getByRole('textbox', { name: 'Word' }).fill(CONTROL_CANARIES.field);
    await form.getByRole('textbox', { name: 'Note' }).fill(CONTROL_CANARIES.textarea);
    await form.getByRole('button', { name: 'Send' }).click();
    await page.goto(origin + '/journal');
    await page.waitForTimeout(500);
    await session.context.close();
    const where = (needle: string) => findOnDisk(allFiles(dir), [needle]).map((hit) => hit.file.slice(dir.length));
    expect(where(CONTROL_CANARIES.field)).toEqual(expect.arrayContaining([expect.stringMatching(/Web Data$/), expect.stringMatching(/Sessions/)]));
    expect(where(CONTROL_CANARIES.textarea)).toEqual(expect.arrayContaining([expect.stringMatching(/Sessions/)]));
    expect(formStateInSessions(dir)).toEqual(expect.arrayContaining(['text', 'textarea']));
  });

  it('a locked profile leaves nothing a person typed anywhere in the browser profile folder, offline, after the browser closes', async () => {
    const { dir, session } = await freshBrowser();
    const { page, context } = session;
    await page.goto(origin + '/');
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await setPassphrase(page);
    const go = opener(page, true);
    await go('/profiles');
    await rename(page, NAME_CANARY);
    await typeCanaries(page, go);
    // The search being typed is not in the address, the history entry's state or the title.
    const visible = [page.url(), await page.title(), JSON.stringify(await page.evaluate(() => history.state))].join(' ');
    expect(visible).not.toContain(CANARIES.journalSearch);
    await leaveDraft(page, go);
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Unlock / }).waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/Overall|Attending/);
    await context.close();

    // Soft, so that a failure lists every leak at once.
    // Nothing typed is anywhere in the whole folder: IndexedDB, autofill and form history (Web Data),
    // session restore (Sessions), Cache Storage, local and session storage, and every other file.
    const everything = allFiles(dir);
    expect.soft(findOnDisk(everything, [...Object.values(CANARIES), PASSPHRASE])).toEqual([]);
    // The answers (radio groups named by item id) are in no file but the app's own code and content.
    expect.soft(findOnDisk(everything.filter((file) => !isAppCode(file)), ANSWER_CANARIES)).toEqual([]);
    // The profile's name is on the picker, so in IndexedDB as it is; but not in the browser's own stores.
    expect.soft(findOnDisk(everything.filter((file) => !/IndexedDB/.test(file)), [NAME_CANARY])).toEqual([]);
    // No form control's state (choices, ticks, selections, dates) is kept for restoring a page.
    expect.soft(formStateInSessions(dir)).toEqual([]);

    // And it all comes back with the passphrase, offline, after the restart.
    const again = await launch(dir);
    await again.context.setOffline(true);
    await again.page.goto(origin + '/');
    await unlock(again.page);
    await again.page.getByRole('link', { name: /^Self-assessment, / }).waitFor({ timeout: 30_000 });
    await again.page.getByText('You have an unfinished self-assessment').waitFor().catch(async () => {
      throw new Error(`home shows: ${await again.page.locator('main').textContent()}`);
    });
    await again.page.goto(origin + '/journal');
    await unlock(again.page);
    await again.page.getByText(CANARIES.journalText).waitFor({ timeout: 30_000 });
    await again.context.close();
  });
});

describe('locking across tabs', () => {
  it('locks every open tab within half a second, and clears the profile from each page', async () => {
    const { session } = await freshBrowser();
    const first = session.page;
    await first.goto(origin + '/');
    await setPassphrase(first);
    await gotoUnlocked(first, SELF_ASSESSMENT_PATH);
    await takeWholeAssessment(first, 2);
    await gotoUnlocked(first, '/');

    const second = await session.context.newPage();
    await second.goto(origin + '/');
    await unlock(second);
    await second.getByRole('link', { name: /^Self-assessment, / }).waitFor({ timeout: 30_000 });

    const lockedAt = Date.now();
    await first.getByRole('button', { name: 'Lock', exact: true }).click();
    await second.getByRole('heading', { level: 1, name: /^Unlock / }).waitFor({ timeout: 5_000 });
    const elapsed = Date.now() - lockedAt;
    expect(elapsed).toBeLessThan(500);
    expect(await second.locator('main').textContent()).not.toMatch(/Self-assessment,|Overall/);
    await session.context.close();
  });
});

describe('the lock screens', () => {
  it('have no axe-core violations: the unlock form and the profile picker', async () => {
    const { axeViolations } = await import('./support/axe.ts');
    const { session } = await freshBrowser();
    const { page } = session;
    await page.goto(origin + '/');
    await setPassphrase(page);
    await page.getByRole('checkbox', { name: 'This is a shared device' }).click();
    await page.getByRole('button', { name: 'Lock and hand over', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Who is using Attune?' }).waitFor();
    expect(await axeViolations(page), 'picker').toEqual([]);
    await page.getByRole('button', { name: 'My reflections' }).click();
    await page.getByRole('heading', { level: 1, name: 'Unlock My reflections' }).waitFor();
    expect(await axeViolations(page), 'unlock').toEqual([]);
    await session.context.close();
  });
});

describe('guest session', () => {
  it('takes a reflection without saving, offers print and download, and leaves nothing behind', async () => {
    const { session } = await freshBrowser();
    const { page, context } = session;
    await page.goto(origin + '/');
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.goto(origin + '/profiles');
    await page.getByRole('button', { name: 'Switch profile' }).click();
    await page.getByRole('button', { name: 'Use without saving' }).click();
    await page.getByText('Guest session: nothing is kept', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Today' }).click();
    await page.getByRole('link', { name: 'Open the self-assessment' }).click();
    await takeWholeAssessment(page, 4);
    await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a copy' }).click();
    expect((await download).suggestedFilename()).toMatch(/^attune-result-\d{4}-\d{2}-\d{2}\.json$/);

    // A second tab's start-up clean-up leaves a live guest session alone.
    const second = await context.newPage();
    await second.goto(origin + '/');
    await second.getByRole('heading', { level: 1 }).first().waitFor();
    await second.waitForTimeout(500);
    expect(await page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name?.startsWith('attune-guest-')))).toBe(true);
    expect(await page.getByText('Attune was updated in another tab').count()).toBe(0);
    await second.close();

    await page.getByRole('button', { name: 'Finish and forget' }).click();
    await page.getByRole('heading', { level: 1, name: 'Who is using Attune?' }).waitFor();
    const left = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      caches: await caches.keys(),
    }));
    expect(left.databases.filter((n) => n?.startsWith('attune-guest-'))).toEqual([]);
    expect(left).toMatchObject({ localStorage: 0, sessionStorage: 0 });
    expect(left.caches.every((name) => name.startsWith('workbox-precache'))).toBe(true);
    await context.close();
  });
});

describe('two people on one tablet', () => {
  it('shows B none of A’s records, keeps A’s unsaved answer through a lock, and slows wrong passphrases across a reload', async () => {
    const { session } = await freshBrowser();
    const { page } = session;
    await page.goto(origin + '/');
    await setPassphrase(page);
    await gotoUnlocked(page, SELF_ASSESSMENT_PATH);
    await takeWholeAssessment(page, 3);

    // A answers one more item and locks at once: the answer is sealed and saved first.
    await gotoUnlocked(page, SELF_ASSESSMENT_PATH);
    await page.getByRole('radiogroup').first().getByRole('radio').nth(4).check();
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await unlock(page);
    await page.getByRole('button', { name: 'Resume' }).click();
    expect(await page.getByRole('radiogroup').first().getByRole('radio').nth(4).isChecked()).toBe(true);

    // B gets a profile of their own and sees nothing of A's.
    await page.goto(origin + '/profiles');
    await unlock(page);
    await page.getByRole('button', { name: 'Switch profile' }).click();
    await page.getByRole('button', { name: 'Add a profile' }).click();
    await page.getByLabel('Name shown on this device').fill('Sam');
    await page.getByLabel('Passphrase (optional)').fill('sam has a different passphrase');
    await page.getByLabel('Passphrase again').fill('sam has a different passphrase');
    await page.getByRole('button', { name: 'Add profile' }).click();
    await page.getByRole('link', { name: 'Today' }).click();
    await page.getByText('No results yet').waitFor({ timeout: 30_000 });
    expect(await page.getByText('You have an unfinished self-assessment').count()).toBe(0);

    // Someone tries A's profile with wrong passphrases: from the 5th, a wait that a reload does not reset.
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('button', { name: /Choose another profile/ }).click();
    await page.getByRole('button', { name: 'My reflections' }).click();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel('Passphrase', { exact: true }).fill(`wrong guess number ${attempt}`);
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
      await page.getByRole('alert').filter({ hasText: 'That passphrase did not unlock this profile.' }).waitFor();
    }
    // The wait shows at once, and Unlock stays disabled even with the right passphrase.
    await page.getByText(/Too many wrong attempts\. To keep this profile safe, you can try again in (1 minute|\d+ seconds)\./).waitFor();
    await page.reload();
    // The last profile opened (Sam's) asks first; choose A's again.
    await page.getByRole('button', { name: /Not Sam\? Choose another profile/ }).click();
    await page.getByRole('button', { name: 'My reflections' }).click();
    await page.getByText(/you can try again in (1 minute|\d+ seconds)\./).waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    expect(await page.getByRole('button', { name: 'Unlock', exact: true }).isDisabled()).toBe(true);
    await session.context.close();
  });
});
