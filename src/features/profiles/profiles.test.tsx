import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSession } from '../../state/session-store.ts';
import { renderApp } from '../../testing/render-app.tsx';

const PASSPHRASE = 'kettle harbour violet seventeen';

async function setPassphraseThroughSettings(user: ReturnType<typeof renderApp>['user'], passphrase = PASSPHRASE) {
  const form = await screen.findByRole('form', { name: 'Lock this profile with a passphrase' });
  await user.type(within(form).getByLabelText('New passphrase'), passphrase);
  await user.type(within(form).getByLabelText('New passphrase again'), passphrase);
  await user.click(within(form).getByRole('button', { name: 'Set passphrase' }));
  expect(await screen.findByText(/Passphrase set/, {}, { timeout: 15_000 })).toBeInTheDocument();
}

describe('locking a profile', () => {
  it('refuses a passphrase that is too short, with the rule in plain words', async () => {
    const { user } = renderApp('/profiles');
    const form = await screen.findByRole('form', { name: 'Lock this profile with a passphrase' });
    await user.type(within(form).getByLabelText('New passphrase'), 'short one');
    await user.type(within(form).getByLabelText('New passphrase again'), 'short one');
    await user.click(within(form).getByRole('button', { name: 'Set passphrase' }));
    expect(await within(form).findByText(/Use at least 12 characters, or four or more words/)).toBeInTheDocument();
  });

  it('sets a passphrase, locks, refuses a wrong one with one message, and unlocks with the right one', async () => {
    const { user } = renderApp('/profiles');
    await setPassphraseThroughSettings(user);
    await user.click(screen.getByRole('button', { name: 'Lock' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Unlock My reflections' });
    expect(heading).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Profiles' })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Passphrase'), 'not the right passphrase at all');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent('That passphrase did not unlock this profile.');

    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Profiles' }, { timeout: 15_000 })).toBeInTheDocument();
  }, 60_000);

  it('will not make the device shared while a profile has no passphrase', async () => {
    const { user } = renderApp('/profiles');
    await user.click(await screen.findByRole('checkbox', { name: 'This is a shared device' }));
    expect(await screen.findByText(/every profile needs a passphrase\. Set one for My reflections first/)).toBeInTheDocument();
    expect(useSession.getState().device.sharedDevice).toBe(false);
  });

  it('on a shared device, hands over to a picker of display names only', async () => {
    const { user } = renderApp('/profiles');
    await setPassphraseThroughSettings(user);
    await user.click(screen.getByRole('checkbox', { name: 'This is a shared device' }));
    await waitFor(() => expect(useSession.getState().device.sharedDevice).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Lock and hand over' }));
    const list = await screen.findByRole('list', { name: 'Profiles on this device' });
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(['My reflections']);
    expect(screen.getByRole('heading', { level: 1, name: 'Who is using Attune?' })).toBeInTheDocument();
  }, 60_000);

  it('removes my data after the passphrase and an explicit confirmation', async () => {
    const { user } = renderApp('/profiles');
    await setPassphraseThroughSettings(user);
    const form = screen.getByRole('form', { name: 'Remove my data from this device' });
    await user.click(within(form).getByRole('button', { name: 'Remove my data' }));
    expect(await within(form).findByText(/Tick the box to confirm/)).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Your passphrase'), PASSPHRASE);
    await user.click(within(form).getByRole('checkbox', { name: /I understand/ }));
    await user.click(within(form).getByRole('button', { name: 'Remove my data' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Who is using Attune?' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(useSession.getState().profiles).toEqual([]);
  }, 60_000);
});

describe('quick-unlock PIN', () => {
  it('unlocks with the PIN for this session, and after 5 wrong PINs asks for the passphrase', async () => {
    const { user } = renderApp('/profiles');
    await setPassphraseThroughSettings(user);
    const pinForm = screen.getByRole('form', { name: 'Quick-unlock PIN for this session' });
    await user.type(within(pinForm).getByLabelText('PIN (at least 6 digits)'), '12345');
    await user.click(within(pinForm).getByRole('button', { name: 'Set PIN' }));
    expect(await within(pinForm).findByText('A PIN is at least 6 digits (numbers only).')).toBeInTheDocument();
    await user.clear(within(pinForm).getByLabelText('PIN (at least 6 digits)'));
    await user.type(within(pinForm).getByLabelText('PIN (at least 6 digits)'), '246810');
    // The PIN's copy of the key is made from the passphrase, so it is asked for again; a wrong one is refused.
    await user.type(within(pinForm).getByLabelText('Your passphrase'), 'not the passphrase at all');
    await user.click(within(pinForm).getByRole('button', { name: 'Set PIN' }));
    expect(await within(pinForm).findByText('That passphrase did not unlock this profile.', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(useSession.getState().pinProfileId).toBeNull();
    await user.type(within(pinForm).getByLabelText('Your passphrase'), PASSPHRASE);
    await user.click(within(pinForm).getByRole('button', { name: 'Set PIN' }));
    expect(await within(pinForm).findByText(/PIN set for this session/, {}, { timeout: 15_000 })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await user.type(await screen.findByLabelText('PIN'), '246810');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Profiles' }, { timeout: 15_000 })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lock' }));
    for (let attempt = 1; attempt <= 5; attempt++) {
      await user.type(await screen.findByLabelText('PIN'), `99999${attempt}`);
      await user.click(screen.getByRole('button', { name: 'Unlock' }));
      await screen.findByText(attempt < 5 ? 'That PIN did not unlock this profile.' : /it has been cleared\. Use your passphrase/, {}, { timeout: 15_000 });
    }
    expect(screen.getByLabelText('Passphrase')).toBeInTheDocument();
    expect(useSession.getState().pinProfileId).toBeNull();
  }, 90_000);
});
