/**
 * Settings' storage card: when this profile was last backed up, the way to
 * back up and restore, and how often to be reminded (every two weeks unless
 * chosen otherwise, kept in the profile's preferences). When the last backup
 * was made is stood in for.
 */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../../state/session-store.ts';
import { getPreferences } from '../../storage/repositories/weekly-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';

const backup = vi.hoisted(() => ({ at: null as string | null }));
vi.mock('../../storage/files/last-backup.ts', () => ({ readLastBackup: async () => backup.at }));

beforeEach(() => {
  backup.at = null;
});

async function storageCard() {
  const rendered = renderApp('/settings');
  const card = await screen.findByRole('region', { name: 'Storage on this device' });
  return { ...rendered, card };
}

describe('backups in Settings', () => {
  it('says “Never” before the first backup, and links to Back up and restore', async () => {
    const { card } = await storageCard();
    expect(await within(card).findByText('Never')).toBeInTheDocument();
    expect(within(card).getByText('Last backup')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Back up and restore' })).toHaveAttribute('href', '/backup');
  });

  it('gives the date and time of the last backup', async () => {
    backup.at = '2026-11-30T09:05:00.000Z';
    const { card } = await storageCard();
    expect(await within(card).findByText(/^30 November 2026/)).toBeInTheDocument();
  });

  it('reminds every two weeks unless another interval is chosen, and keeps the choice with the profile', async () => {
    const { user, card } = await storageCard();
    const interval = await within(card).findByRole('combobox', { name: 'Remind me to back up' });
    expect(interval).toHaveDisplayValue('Every two weeks');
    expect(within(interval).getAllByRole('option').map((option) => option.textContent)).toEqual(['Every week', 'Every two weeks', 'Every month', 'Never']);
    await user.selectOptions(interval, 'Never');
    await vi.waitFor(async () => expect((await getPreferences(useSession.getState().connection!)).backupReminderDays).toBe(0));
    expect(interval).toHaveDisplayValue('Never');
  });
});
