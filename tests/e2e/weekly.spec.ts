/**
 * The weekly ritual in the real browser, offline: the whole weekly
 * reflection — pulse, a one-minute practice on the guided timer, a journal
 * entry, the intention follow-up and a new intention — then Today counts
 * the week, and still does after the browser restarts. The journal finds the
 * entry by search. No request leaves the app's origin.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Session } from './support/browser.ts';
import { foreignRequests, launch, newUserDataDir, removeUserDataDir, waitForServiceWorkerControl } from './support/browser.ts';

const origin = inject('origin');
const ENTRY = 'Handover on ward 7 felt calmer after the huddle change';

describe('the weekly reflection offline', () => {
  const userDataDir = newUserDataDir();
  let session: Session;
  const requests: string[] = [];

  beforeAll(async () => {
    session = await launch(userDataDir);
    await session.page.goto(origin + '/');
    await waitForServiceWorkerControl(session.page);
    await session.context.setOffline(true);
  });

  afterAll(async () => {
    requests.push(...session.requests);
    await session.context.close();
    removeUserDataDir(userDataDir);
    expect(foreignRequests(requests, origin)).toEqual([]);
  });

  it('does all five parts offline and counts the week on Today', async () => {
    const { page } = session;
    await page.clock.install();
    await page.goto(origin + '/');
    await page.getByRole('link', { name: 'Start this week’s reflection' }).click();
    await page.getByRole('button', { name: 'Begin this week’s reflection' }).click();

    await page.getByRole('heading', { level: 2, name: 'Part 1 of 5: Weekly pulse' }).waitFor();
    const submit = page.getByRole('button', { name: 'See my results' });
    for (;;) {
      const groups = page.getByRole('radiogroup');
      await groups.first().waitFor();
      for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio').nth(3).check();
      if (await submit.isVisible()) break;
      await page.getByRole('button', { name: /^Next:/ }).click();
    }
    await submit.click();

    await page.getByRole('heading', { level: 2, name: 'Part 2 of 5: A short practice' }).waitFor();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.clock.fastForward(61_000);
    await page.getByRole('heading', { name: 'Practice complete' }).waitFor();
    await page.getByRole('button', { name: 'Save to my practice log' }).click();

    await page.getByRole('heading', { level: 2, name: 'Part 3 of 5: A journal prompt' }).waitFor();
    await page.getByRole('textbox', { name: 'Your entry' }).fill(ENTRY);
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('heading', { level: 2, name: 'Part 4 of 5: Last week’s intention' }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('heading', { level: 2, name: 'Part 5 of 5: An intention for next week' }).waitFor();
    const form = page.getByRole('form', { name: 'Your intention for the coming week' });
    await form.getByRole('button', { name: 'Set my intention' }).click();
    await page.getByRole('button', { name: 'Change my intention' }).waitFor();
    await page.getByRole('button', { name: 'Finish this week’s reflection' }).click();
    await page.getByRole('heading', { name: 'This week’s reflection is done' }).waitFor();
    expect(await page.getByText(/Weeks reflected: 1\./).count()).toBe(1);
  });

  it('still shows the week counted on Today after the browser restarts, and finds the entry by search', async () => {
    requests.push(...session.requests);
    await session.context.close();
    session = await launch(userDataDir);
    await session.context.setOffline(true);
    const { page } = session;
    await page.goto(origin + '/');
    const status = page.getByRole('region', { name: 'Weekly reflection' });
    await status.getByText('This week’s reflection is done.').waitFor({ timeout: 30_000 });
    expect(await status.textContent()).toMatch(/Weeks reflected: 1/);

    await page.goto(origin + '/journal');
    await page.getByRole('searchbox', { name: 'Search your journal' }).fill('huddle calmer');
    await page.getByText('1 entry matches').waitFor();
    expect(await page.getByRole('list', { name: 'Matching entries, newest first' }).textContent()).toContain(ENTRY);

    await page.goto(origin + '/practice');
    await page.getByText(/Arrive/).first().waitFor();
  });
});
