/** Page model for the Profiles screen: setting a passphrase as a person does, and waiting until it is set. */
import type { Page } from 'playwright-core';

/** Opens Profiles and sets `passphrase` on the open (plain) profile; resolves once the screen says it is set. */
export async function setPassphraseOnProfile(page: Page, origin: string, passphrase: string): Promise<void> {
  await page.goto(origin + '/profiles');
  const form = page.getByRole('form', { name: 'Lock this profile with a passphrase' });
  await form.getByLabel('New passphrase', { exact: true }).fill(passphrase);
  await form.getByLabel('New passphrase again').fill(passphrase);
  await form.getByRole('button', { name: 'Set passphrase' }).click();
  await page.getByText(/Passphrase set/).waitFor({ timeout: 30_000 });
}
