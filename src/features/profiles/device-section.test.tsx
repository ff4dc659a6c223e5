/**
 * "This is a shared device" takes effect the first time it is ticked: on a
 * new device, the first thing a ward lead does is set a passphrase and tick
 * the box, often before the passphrase has finished being set.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useSession } from '../../state/session-store.ts';
import * as storage from '../../storage/open-session.ts';
import { getDeviceSettings } from '../../storage/repositories/profiles-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';

const PASSPHRASE = 'kettle harbour violet seventeen';

/** Holds the passphrase being set until the test releases it, as a slow tablet would. */
function holdPassphrase() {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const encrypt = storage.setProfilePassphrase;
  vi.spyOn(storage, 'setProfilePassphrase').mockImplementation(async (...args) => {
    await released;
    return encrypt(...args);
  });
  return release;
}

describe('the shared-device setting', () => {
  it('takes a tick made while the passphrase is still being set', async () => {
    const release = holdPassphrase();
    const { user } = renderApp('/profiles');
    const form = await screen.findByRole('form', { name: 'Lock this profile with a passphrase' });
    await user.type(within(form).getByLabelText('New passphrase'), PASSPHRASE);
    await user.type(within(form).getByLabelText('New passphrase again'), PASSPHRASE);
    await user.click(within(form).getByRole('button', { name: 'Set passphrase' }));
    expect(within(form).getByRole('button', { name: 'Working…' })).toBeDisabled();

    const shared = screen.getByRole('checkbox', { name: 'This is a shared device' });
    await user.click(shared);
    expect(shared).toBeChecked(); // shown at once, saved once the passphrase is set
    release();
    expect(await screen.findByText(/Passphrase set/, {}, { timeout: 15_000 })).toBeInTheDocument();
    await waitFor(() => expect(useSession.getState().device.sharedDevice).toBe(true));
    expect(shared).toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await getDeviceSettings(useSession.getState().directory!)).toEqual({ sharedDevice: true, autoLockMinutes: 5 });
  }, 60_000);

  it('keeps both changes when the idle time is chosen straight after the tick', async () => {
    const release = holdPassphrase();
    const { user } = renderApp('/profiles');
    const form = await screen.findByRole('form', { name: 'Lock this profile with a passphrase' });
    await user.type(within(form).getByLabelText('New passphrase'), PASSPHRASE);
    await user.type(within(form).getByLabelText('New passphrase again'), PASSPHRASE);
    await user.click(within(form).getByRole('button', { name: 'Set passphrase' }));
    await user.click(screen.getByRole('checkbox', { name: 'This is a shared device' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lock after this many idle minutes' }), '10 minutes');
    release();
    await waitFor(() => expect(useSession.getState().device).toEqual({ sharedDevice: true, autoLockMinutes: 10 }), { timeout: 15_000 });
    expect(await getDeviceSettings(useSession.getState().directory!)).toEqual({ sharedDevice: true, autoLockMinutes: 10 });
  }, 60_000);

  it('still refuses, and says why, when a profile has no passphrase', async () => {
    const { user } = renderApp('/profiles');
    const shared = await screen.findByRole('checkbox', { name: 'This is a shared device' });
    await user.click(shared);
    expect(await screen.findByRole('alert')).toHaveTextContent('Set one for My reflections first.');
    expect(shared).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Lock after this many idle minutes' })).toBeDisabled();
  });
});
