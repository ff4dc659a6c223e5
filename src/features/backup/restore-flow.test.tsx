/**
 * Back up and restore through the screen, against the real storage helper
 * (fake-indexeddb; the file work runs on the page where jsdom has no Worker):
 * a profile backed up and restored as a new profile holds the same records;
 * restored into itself, everything is already there and skipped; a protected
 * file refuses a wrong passphrase and opens with the right one.
 */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../../state/session-store.ts';
import { recordsHash } from '../../storage/files/table-hash.ts';
import { populate } from '../../storage/files/testing/populate.ts';
import { renderApp } from '../../testing/render-app.tsx';

const PASSPHRASE = 'lantern orchard quietly humming';

/** The files the screen handed to a download link, in order. */
let downloaded: Blob[];

beforeEach(() => {
  downloaded = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    downloaded.push(blob);
    return `blob:attune/${downloaded.length}`;
  }) as unknown as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

/** Opens /backup on a populated profile and backs it up, with `passphrase` if given; returns the file. */
async function backUp(passphrase?: string) {
  const rendered = renderApp('/backup');
  const form = await screen.findByRole('form', { name: 'Back up this profile' });
  await populate(useSession.getState().connection!);
  if (passphrase) {
    await rendered.user.click(within(form).getByRole('checkbox', { name: 'Protect the file with a passphrase' }));
    await rendered.user.type(within(form).getByLabelText('Passphrase for the file'), passphrase);
    await rendered.user.type(within(form).getByLabelText('Type the passphrase again'), passphrase);
  }
  await rendered.user.click(within(form).getByRole('button', { name: 'Back up now' }));
  expect(await within(form).findByText(/^Backed up/, {}, { timeout: 30_000 })).toHaveTextContent(
    'Backed up 1 result, 1 unfinished reflection, 1 intention, 1 journal entry, 1 practice session, 1 weekly reflection and 1 set of preferences',
  );
  const blob = downloaded[0]!;
  const file = new File([blob], 'attune-backup.json', { type: 'application/json' });
  const restore = screen.getByRole('region', { name: 'Restore from a backup' });
  return { ...rendered, file, restore };
}

describe('backing up and restoring through the screen', () => {
  it('restores a backup as a new profile holding the same records', async () => {
    const { user, file, restore } = await backUp();
    const original = await recordsHash(useSession.getState().connection!);
    await user.upload(within(restore).getByLabelText('Choose a backup file'), file);
    const preview = await within(restore).findByRole('region', { name: 'What this file holds' }, { timeout: 30_000 });
    expect(preview).toHaveTextContent('My reflections');
    expect(preview).toHaveTextContent('1 result, 1 unfinished reflection, 1 intention, 1 journal entry');
    expect(preview).toHaveTextContent('would add nothing new');

    expect(within(restore).getByRole('radio', { name: 'As a new profile' })).toBeChecked();
    const name = within(restore).getByLabelText('Name for the new profile');
    await user.clear(name);
    await user.type(name, 'From the old phone');
    await user.click(within(restore).getByRole('button', { name: 'Restore' }));
    expect(await within(restore).findByText(/^Restored/, {}, { timeout: 30_000 })).toHaveTextContent(
      'Restored: 1 result, 1 unfinished reflection, 1 intention, 1 journal entry, 1 practice session, 1 weekly reflection and 1 set of preferences into the new profile “From the old phone”.',
    );

    // The new profile is in the list the profile picker shows, before anything else reads it.
    expect(useSession.getState().profiles.map((p) => p.displayName)).toContain('From the old phone');
    await user.click(within(restore).getByRole('button', { name: 'Open the new profile' }));
    await vi.waitFor(() => expect(useSession.getState().profile?.displayName).toBe('From the old phone'));
    const restored = useSession.getState().connection!;
    expect(await recordsHash(restored)).toBe(original);
  });

  it('restored into the same profile, skips everything as already there and changes nothing', async () => {
    const { user, file, restore } = await backUp();
    const connection = useSession.getState().connection!;
    const before = await recordsHash(connection);
    await user.upload(within(restore).getByLabelText('Choose a backup file'), file);
    await user.click(await within(restore).findByRole('radio', { name: 'Add to this profile' }, { timeout: 30_000 }));
    await user.click(within(restore).getByRole('button', { name: 'Restore' }));
    expect(await within(restore).findByText(/^Restored/, {}, { timeout: 30_000 })).toHaveTextContent(
      'Restored: nothing new. 7 were already here and skipped.',
    );
    expect(await recordsHash(connection)).toBe(before);
  });

  it('refuses a protected file with the wrong passphrase, and opens it with the right one', async () => {
    const { user, file, restore } = await backUp(PASSPHRASE);
    await user.upload(within(restore).getByLabelText('Choose a backup file'), file);
    await user.type(await within(restore).findByLabelText('Passphrase for this file', {}, { timeout: 30_000 }), 'not the passphrase at all');
    await user.click(within(restore).getByRole('button', { name: 'Open the file' }));
    expect(await within(restore).findByRole('alert', {}, { timeout: 30_000 })).toHaveTextContent(/passphrase/i);
    expect(within(restore).queryByRole('region', { name: 'What this file holds' })).not.toBeInTheDocument();

    await user.type(await within(restore).findByLabelText('Passphrase for this file'), PASSPHRASE);
    await user.click(within(restore).getByRole('button', { name: 'Open the file' }));
    const preview = await within(restore).findByRole('region', { name: 'What this file holds' }, { timeout: 30_000 });
    expect(preview).toHaveTextContent('Protected with a passphrase');
  });
});
