/**
 * The reflection loop in the real browser, offline: take the weekly pulse,
 * set an intention, then take the presence check and be asked what became
 * of the intention; the presence result names the largest gap. The
 * intention survives a browser restart. No request leaves the app's origin.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Session } from './support/browser.ts';
import { foreignRequests, launch, newUserDataDir, removeUserDataDir, waitForServiceWorkerControl } from './support/browser.ts';
import { takeWholeQuestionnaire } from './support/assessment-page.ts';

const origin = inject('origin');
const INTENTION = 'Ask one quiet colleague each shift how they are really doing';

describe('the reflection library offline', () => {
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

  it('takes the weekly pulse offline and sets an intention in my own words', async () => {
    const { page } = session;
    await page.goto(origin + '/');
    await page.getByRole('link', { name: 'Take the weekly pulse' }).click();
    await takeWholeQuestionnaire(page, () => 2);
    await page.getByRole('figure', { name: 'Your scores (0 to 100)' }).waitFor();
    expect(await page.getByText(/\(version 2\), completed/).count()).toBe(1);

    const form = page.getByRole('form', { name: 'Your intention for the coming week' });
    await form.getByRole('radio', { name: 'In my own words' }).check();
    await form.getByRole('textbox', { name: 'My intention' }).fill(INTENTION);
    await form.getByRole('radiogroup', { name: 'Which element is it for?' }).getByRole('radio', { name: 'Attending' }).check();
    await form.getByRole('button', { name: 'Set my intention' }).click();
    await page.getByRole('region', { name: 'Your intention for the coming week' }).getByText(INTENTION).waitFor();
  });

  it('asks about the intention at the next reflection, the presence check, which names the largest gap', async () => {
    const { page } = session;
    await page.goto(origin + '/');
    await page.getByRole('link', { name: 'Check my leadership presence' }).click();
    const card = page.getByRole('region', { name: 'Your last intention' });
    await card.getByText(INTENTION).waitFor();
    await card.getByRole('radio', { name: 'Done' }).check();
    await card.getByRole('textbox', { name: 'A note on what happened' }).fill('Every shift but one');
    await card.getByRole('button', { name: 'Save how it went' }).click();
    await card.getByRole('status').filter({ hasText: 'Noted as “Done”' }).waitFor();

    // Aim "almost always" (index 4); actual falls from attending to helping (index 3, 2, 1, 0) → gaps 25, 50, 75, 100: the widest is helping.
    let step = -1;
    await takeWholeQuestionnaire(page, (group) => {
      if (group === 0) step += 1;
      return group % 2 === 0 ? 4 : 3 - step;
    });
    const largest = page.getByRole('region', { name: 'Your largest gap' });
    expect(await largest.textContent()).toMatch(/is in Helping: 100 points/);
    const picker = page.getByRole('form', { name: 'Your intention for the coming week' });
    // Offered first, not chosen for the leader (nothing is selected until they choose).
    const offered = picker.getByRole('radiogroup', { name: 'What will you try?' }).getByRole('radio');
    expect(await offered.first().evaluate((radio) => radio.closest('label')?.textContent)).toMatch(/Make helping my focus/);
    expect(await picker.getByRole('radio', { name: /Make helping my focus/ }).isChecked()).toBe(false);
  });

  it('keeps the intention and its outcome after the browser restarts', async () => {
    requests.push(...session.requests);
    await session.context.close();
    session = await launch(userDataDir);
    await session.context.setOffline(true);
    const { page } = session;
    await page.goto(origin + '/intentions');
    const entry = page.getByRole('list', { name: 'Your intentions, newest first' }).getByRole('listitem').first();
    await entry.getByText(INTENTION).waitFor();
    expect(await entry.textContent()).toMatch(/What became of it: Done/);
    expect(await entry.textContent()).toMatch(/Every shift but one/);
  });
});
