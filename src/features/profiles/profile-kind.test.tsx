/** A new profile is for the person's own reflections (the default) or a coach space; the choice is kept with the profile. */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSession } from '../../state/session-store.ts';
import { renderApp } from '../../testing/render-app.tsx';

async function openNewProfileForm() {
  const rendered = renderApp('/profiles');
  await rendered.user.click(await screen.findByRole('button', { name: 'Switch profile' }));
  await rendered.user.click(await screen.findByRole('button', { name: 'Add a profile' }));
  const form = await screen.findByRole('form', { name: 'Add a profile' });
  return { ...rendered, form };
}

describe('what a new profile is for', () => {
  it('is the person’s own reflections unless they choose otherwise', async () => {
    const { user, form } = await openNewProfileForm();
    const kind = within(form).getByRole('group', { name: 'What is this profile for?' });
    expect(within(kind).getByRole('radio', { name: 'My own reflections' })).toBeChecked();
    await user.type(within(form).getByLabelText('Name shown on this device'), 'Sam');
    await user.click(within(form).getByRole('button', { name: 'Add profile' }));
    await waitFor(() => expect(useSession.getState().profile?.displayName).toBe('Sam'));
    expect(useSession.getState().profile?.kind).toBeUndefined();
  });

  it('can be a coach space, which the session and the list of profiles know', async () => {
    const { user, form } = await openNewProfileForm();
    await user.click(within(form).getByRole('radio', { name: 'Coaching others (and my own reflections)' }));
    await user.type(within(form).getByLabelText('Name shown on this device'), 'Coach Jo');
    await user.click(within(form).getByRole('button', { name: 'Add profile' }));
    await waitFor(() => expect(useSession.getState().profile?.displayName).toBe('Coach Jo'));
    expect(useSession.getState().profile?.kind).toBe('coach');
    expect(useSession.getState().profiles.find((p) => p.displayName === 'Coach Jo')?.kind).toBe('coach');
    expect(useSession.getState().profiles.find((p) => p.displayName === 'My reflections')?.kind).toBeUndefined();
  });
});
