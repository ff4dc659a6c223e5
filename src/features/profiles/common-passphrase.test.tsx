/**
 * Choosing a passphrase refuses the most common passwords and phrases, and
 * says why, wherever one is chosen: setting one, changing it, and adding a
 * profile. Nothing is set or created when it is refused.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSession } from '../../state/session-store.ts';
import { renderApp } from '../../testing/render-app.tsx';

const PASSPHRASE = 'kettle harbour violet seventeen';
const WHY = /one of the most commonly used passwords or phrases .* so it would be guessed early\. Choose words of your own\./;

async function fill(user: ReturnType<typeof renderApp>['user'], form: HTMLElement, labels: Record<string, string>) {
  for (const [label, text] of Object.entries(labels)) await user.type(within(form).getByLabelText(label), text);
}

describe('a common passphrase', () => {
  it('is refused when setting one, with the reason, and the profile stays as it was', async () => {
    const { user } = renderApp('/profiles');
    const form = await screen.findByRole('form', { name: 'Lock this profile with a passphrase' });
    await fill(user, form, { 'New passphrase': 'Password12345!', 'New passphrase again': 'Password12345!' });
    await user.click(within(form).getByRole('button', { name: 'Set passphrase' }));
    expect(await within(form).findByText(WHY)).toBeInTheDocument();
    expect(screen.queryByText(/Passphrase set/)).not.toBeInTheDocument();
    expect(useSession.getState().profile?.hasPassphrase).toBe(false);
  });

  it('is refused when changing one', async () => {
    const { user } = renderApp('/profiles');
    const setForm = await screen.findByRole('form', { name: 'Lock this profile with a passphrase' });
    await fill(user, setForm, { 'New passphrase': PASSPHRASE, 'New passphrase again': PASSPHRASE });
    await user.click(within(setForm).getByRole('button', { name: 'Set passphrase' }));
    await screen.findByText(/Passphrase set/, {}, { timeout: 15_000 });

    const form = screen.getByRole('form', { name: 'Change passphrase' });
    await fill(user, form, {
      'Current passphrase': PASSPHRASE,
      'New passphrase': 'Correct Horse Battery Staple',
      'New passphrase again': 'Correct Horse Battery Staple',
    });
    await user.click(within(form).getByRole('button', { name: 'Change passphrase' }));
    expect(await within(form).findByText(WHY)).toBeInTheDocument();
    expect(screen.queryByText('Passphrase changed.')).not.toBeInTheDocument();
  }, 60_000);

  it('is refused when adding a profile, and no profile is added', async () => {
    const { user } = renderApp('/profiles');
    await user.click(await screen.findByRole('button', { name: 'Switch profile' }));
    await user.click(await screen.findByRole('button', { name: 'Add a profile' }));
    const form = await screen.findByRole('form', { name: 'Add a profile' });
    await fill(user, form, { 'Name shown on this device': 'Sam', 'Passphrase (optional)': 'iloveyou iloveyou', 'Passphrase again': 'iloveyou iloveyou' });
    await user.click(within(form).getByRole('button', { name: 'Add profile' }));
    expect(await within(form).findByText(WHY)).toBeInTheDocument();
    expect(useSession.getState().profiles.map((p) => p.displayName)).toEqual(['My reflections']);
  });

  it('is not what an ordinary passphrase of unrelated words is taken for', async () => {
    const { user } = renderApp('/profiles');
    const form = await screen.findByRole('form', { name: 'Lock this profile with a passphrase' });
    await fill(user, form, { 'New passphrase': PASSPHRASE, 'New passphrase again': PASSPHRASE });
    await user.click(within(form).getByRole('button', { name: 'Set passphrase' }));
    expect(await screen.findByText(/Passphrase set/, {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByText(WHY)).not.toBeInTheDocument();
  }, 60_000);
});
