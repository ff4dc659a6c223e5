/**
 * "This is a shared device" on a new browser profile: ticked once, straight
 * after asking for a passphrase (which takes a few seconds to set), it takes
 * effect and is still in effect after the browser restarts.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { launch, newUserDataDir, removeUserDataDir } from './support/browser.ts';

const origin = inject('origin');
const PASSPHRASE = 'copper heron maple twelve';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeUserDataDir));

describe('the shared-device setting', () => {
  it('registers on the first tick of a new browser profile, and is in effect after a restart', async () => {
    const dir = newUserDataDir();
    dirs.push(dir);
    const first = await launch(dir);
    await first.page.goto(origin + '/profiles');
    const form = first.page.getByRole('form', { name: 'Lock this profile with a passphrase' });
    await form.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
    await form.getByLabel('New passphrase again').fill(PASSPHRASE);
    // Ticked while the passphrase is still being set (in the same moment, so the test does not
    // depend on how fast this machine derives the key), as a person does who does not wait for it.
    await first.page.evaluate(() => {
      const setButton = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Set passphrase');
      const box = [...document.querySelectorAll('label')].find((l) => l.textContent === 'This is a shared device')?.querySelector('input');
      if (!setButton || !box) throw new Error('The passphrase form or the shared-device box is missing');
      setButton.click();
      box.click();
    });
    const shared = first.page.getByRole('checkbox', { name: 'This is a shared device' });
    await first.page.getByText(/Passphrase set/).waitFor({ timeout: 30_000 });
    await first.page.getByRole('button', { name: 'Lock and hand over' }).waitFor({ timeout: 10_000 });
    expect(await shared.isChecked()).toBe(true);
    expect(await first.page.getByRole('alert').count()).toBe(0);
    await first.context.close();

    const again = await launch(dir);
    await again.page.goto(origin + '/');
    await again.page.getByRole('heading', { level: 1, name: 'Who is using Attune?' }).waitFor({ timeout: 30_000 });
    await again.page.getByRole('button', { name: 'My reflections' }).click();
    await again.page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await again.page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await again.page.getByRole('button', { name: 'Lock and hand over' }).waitFor({ timeout: 30_000 });
    await again.context.close();
  });
});
