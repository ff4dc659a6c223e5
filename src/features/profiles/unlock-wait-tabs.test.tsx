/**
 * A wait started by wrong passphrases in another tab shows on this tab's
 * unlock form as soon as the person comes back to it, before they try.
 */
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WrongSecretError } from '../../domain/crypto/data-key.ts';
import { useSession } from '../../state/session-store.ts';
import { openDirectory } from '../../storage/directory.ts';
import { accessProfile } from '../../storage/profile-access.ts';
import { encryptProfile } from '../../storage/profile-vault.ts';
import { createProfile } from '../../storage/repositories/profiles-repo.ts';
import { UnlockForm } from './unlock-form.tsx';

const PASSPHRASE = 'kettle harbour violet seventeen';

describe('a wait started in another tab', () => {
  it('shows when this tab is shown again, and holds back Unlock', async () => {
    const directory = await openDirectory();
    const record = await createProfile(directory, 'Ana');
    const { connection } = await accessProfile(directory, record, null);
    await encryptProfile(connection, PASSPHRASE);
    connection.database.db.close();
    const summary = { id: record.id, displayName: 'Ana', hasPassphrase: true };
    useSession.setState({ status: 'locked', directory, profile: summary, profiles: [summary] });
    render(<UnlockForm />);
    expect(await screen.findByRole('heading', { name: 'Unlock Ana' })).toBeInTheDocument();

    // Meanwhile, in another tab: five wrong passphrases.
    const otherTab = await openDirectory();
    const locked = { ...record, vault: { scheme: 'aes-gcm' as const } };
    for (let i = 1; i <= 5; i++) await expect(accessProfile(otherTab, locked, `wrong guess ${i}`)).rejects.toBeInstanceOf(WrongSecretError);
    otherTab.db.close();

    // Back to this tab.
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await screen.findByText(/you can try again in (1 minute|\d+ seconds)\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  }, 60_000);
});
