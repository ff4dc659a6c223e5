/**
 * Two tabs setting a passphrase on the same plain profile at the same moment
 * (review of issue 10, finding 8): each tab's "vault-changing" used to make
 * the other let go of the vault its own change needed, so both failed, and
 * neither said so. Now one passphrase is set, the other tab goes to the
 * unlock form saying why its passphrase was not set, and the profile opens
 * there with the passphrase that was set.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { launch, newUserDataDir, removeUserDataDir } from './support/browser.ts';

const origin = inject('origin');
const PASSPHRASES = ['marble otter lantern ninety', 'copper heron meadow forty'];

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeUserDataDir));

async function fillPassphrase(page: Page, passphrase: string) {
  await page.goto(origin + '/profiles');
  const form = page.getByRole('form', { name: 'Lock this profile with a passphrase' });
  await form.getByLabel('New passphrase', { exact: true }).fill(passphrase);
  await form.getByLabel('New passphrase again').fill(passphrase);
  return form.getByRole('button', { name: 'Set passphrase' });
}

/** Which of the two ways this tab ended: its passphrase set, or the unlock form. */
async function outcome(page: Page): Promise<'set' | 'unlock'> {
  const set = page.getByText(/Passphrase set\./).waitFor({ timeout: 30_000 }).then(() => 'set' as const);
  const unlock = page.getByRole('heading', { level: 1, name: /^Unlock / }).waitFor({ timeout: 30_000 }).then(() => 'unlock' as const);
  return Promise.any([set, unlock]);
}

describe('two tabs setting a passphrase at once', () => {
  it('sets one, and the other tab says why its own was not set and unlocks with the one that was', async () => {
    const dir = newUserDataDir();
    dirs.push(dir);
    const { context, page: tabA } = await launch(dir);
    try {
      const tabB = await context.newPage();
      const setA = await fillPassphrase(tabA, PASSPHRASES[0]!);
      const setB = await fillPassphrase(tabB, PASSPHRASES[1]!);
      // Both press "Set passphrase" at the same moment (one clock: the tabs share a machine), before either hears of the other.
      const at = Date.now() + 500;
      const press = (button: HTMLElement, when: number) => void setTimeout(() => button.click(), when - Date.now());
      await Promise.all([setA.evaluate(press, at), setB.evaluate(press, at)]);

      const outcomes = await Promise.all([outcome(tabA), outcome(tabB)]);
      expect([...outcomes].sort()).toEqual(['set', 'unlock']);
      const winner = outcomes[0] === 'set' ? 0 : 1;
      const loser = [tabA, tabB][1 - winner]!;
      await loser.getByText(/set for this profile in another tab/).waitFor({ timeout: 10_000 });

      await loser.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASES[winner]!);
      await loser.getByRole('button', { name: 'Unlock', exact: true }).click();
      await loser.getByRole('button', { name: 'Lock', exact: true }).waitFor({ timeout: 30_000 });
    } finally {
      await context.close();
    }
  });
});
