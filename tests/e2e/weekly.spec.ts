/**
 * The weekly ritual in the real browser, offline: on a phone, Today's way
 * into the weekly reflection is in view without scrolling; the whole weekly
 * reflection — pulse (its scores shown in the flow), a one-minute practice
 * on the guided timer, a journal entry, the intention follow-up and a new
 * intention chosen and kept by Finish — then Today counts the week, and
 * still does after the browser restarts. The journal finds the entry by
 * search. No request leaves the app's origin.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Session } from './support/browser.ts';
import { foreignRequests, launch, newUserDataDir, removeUserDataDir, waitForServiceWorkerControl } from './support/browser.ts';

const origin = inject('origin');
const ENTRY = 'Handover on ward 7 felt calmer after the huddle change';
const INTENTION = 'Thank the night team at handover';

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

  it('shows the way into the weekly reflection without scrolling on a phone (390 × 844)', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(origin + '/');
    const start = page.getByRole('link', { name: 'Start this week’s reflection' });
    await start.waitFor();
    const box = (await start.boundingBox())!;
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    // Nothing fixed to the screen (a bottom navigation bar, say) covers it.
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    expect(await start.evaluate((link, { x, y }) => link.contains(document.elementFromPoint(x, y)), centre)).toBe(true);
    // The week's first step is the reflection, not the pulse on its own.
    const pulse = (await page.getByRole('link', { name: 'Take the weekly pulse' }).boundingBox())!;
    expect(pulse.y).toBeGreaterThan(box.y);
  });

  it('does all five parts offline and counts the week on Today', async () => {
    const { page } = session;
    await page.clock.install();
    await page.goto(origin + '/');
    await page.getByRole('link', { name: 'Start this week’s reflection' }).click();
    await page.getByRole('button', { name: 'Begin this week’s reflection' }).click();

    await page.getByRole('heading', { level: 2, name: 'Part 1 of 5: Weekly pulse' }).waitFor();
    await page.getByRole('radiogroup').first().waitFor();
    expect(await page.getByRole('progressbar').count()).toBe(1);
    const submit = page.getByRole('button', { name: 'See my results' });
    for (;;) {
      const groups = page.getByRole('radiogroup');
      await groups.first().waitFor();
      for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio').nth(3).check();
      if (await submit.isVisible()) break;
      await page.getByRole('button', { name: /^Next:/ }).click();
    }
    await submit.click();
    await page.getByRole('figure', { name: 'This week’s pulse (0 to 100)' }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();

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
    await form.getByRole('radio', { name: 'In my own words' }).check();
    await form.getByRole('textbox', { name: 'My intention' }).fill(INTENTION);
    await page.getByRole('button', { name: 'Set my intention and finish' }).click();
    await page.getByRole('heading', { name: 'This week’s reflection is done' }).waitFor();
    expect(await page.getByText(/Weeks reflected: 1\./).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Your weekly rhythm' }).count()).toBe(1);
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

    await page.goto(origin + '/intentions');
    await page.getByRole('list', { name: 'Your intentions, newest first' }).getByText(INTENTION).waitFor();

    await page.goto(origin + '/practice');
    await page.getByText(/Arrive/).first().waitFor();
  });
});
