/**
 * Today's word about backups: a reminder while storage is not persistent and
 * the last backup is older than the chosen interval (or there is none and
 * there is something worth keeping), gone after a backup; and, in a profile
 * that holds nothing, an offer to restore one. When the last backup was made
 * is stood in for; storage persistence is the browser's navigator.storage.
 */
import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordKind } from '../../domain/files/file-types.ts';
import type * as NudgeLoad from './backup-nudge-load.ts';
import { useSession } from '../../state/session-store.ts';
import { savePracticeLog } from '../../storage/repositories/practice-log-repo.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { getPreferences, savePreferences } from '../../storage/repositories/weekly-repo.ts';
import { makeResponse } from '../../testing/factories.ts';
import { renderApp } from '../../testing/render-app.tsx';

const backup = vi.hoisted(() => ({ at: null as string | null, made: 0 }));
vi.mock('../../storage/files/last-backup.ts', () => ({
  readLastBackup: async () => backup.at,
  recordLastBackup: async (_connection: unknown, at: Date) => {
    backup.at = at.toISOString();
  },
}));
vi.mock('../../storage/files/export-backup.ts', () => ({
  makeBackupFile: async () => {
    backup.made += 1;
    const none: Record<RecordKind, number> = { responses: 1, drafts: 0, intentions: 0, journal: 0, practiceLog: 0, weeklyReflections: 0, preferences: 0 };
    return { blob: new Blob(['{}']), fileName: 'attune-backup.json', counts: none, unreadable: {}, encrypted: false };
  },
}));

// The real loader, with each answer kept, so a test can wait for it before saying nothing is shown.
const loads = vi.hoisted(() => [] as Promise<unknown>[]);
vi.mock('./backup-nudge-load.ts', async (importOriginal) => {
  const real = await importOriginal<typeof NudgeLoad>();
  return {
    ...real,
    loadBackupNudge: (...args: Parameters<typeof real.loadBackupNudge>) => {
      const answer = real.loadBackupNudge(...args);
      loads.push(answer);
      return answer;
    },
  };
});

const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

function setPersisted(persisted: boolean) {
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { persisted: async () => persisted, persist: async () => persisted, estimate: async () => ({ usage: 1000, quota: 1_000_000 }) },
  });
}

function connection() {
  return useSession.getState().connection!;
}

/** Opens Today once so the profile exists, lets `seed` write records, then opens Today afresh. */
async function todayAfter(seed: () => Promise<void>) {
  const first = renderApp('/');
  await screen.findByRole('region', { name: 'Weekly reflection' });
  await seed();
  first.unmount();
  const earlier = loads.length;
  const rendered = renderApp('/');
  await screen.findByRole('region', { name: 'Weekly reflection' });
  return { ...rendered, earlier };
}

/** Waits until the Today opened after `earlier` loads has worked out its backup word, and React has shown it. */
async function settled(earlier: number) {
  await vi.waitFor(() => expect(loads.length).toBeGreaterThan(earlier));
  await act(async () => {
    await loads.at(-1);
  });
}

const reminder = () => screen.queryByRole('region', { name: 'Back up your reflections' });

beforeEach(() => {
  loads.length = 0;
  backup.at = null;
  backup.made = 0;
  setPersisted(false);
  URL.createObjectURL = vi.fn(() => 'blob:attune/1');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('the backup reminder on Today', () => {
  it('asks for a first backup once there is a result, while the browser may clear its data', async () => {
    await todayAfter(() => saveCompletedResponse(connection(), makeResponse()));
    const card = await screen.findByRole('region', { name: 'Back up your reflections' });
    expect(card).toHaveTextContent('may clear them to free space');
    expect(within(card).getByRole('link', { name: 'Back up now' })).toHaveAttribute('href', '/backup');
  });

  it('stays away while storage is persistent', async () => {
    setPersisted(true);
    const { earlier } = await todayAfter(() => saveCompletedResponse(connection(), makeResponse()));
    await settled(earlier);
    expect(reminder()).not.toBeInTheDocument();
  });

  it('stays away while the last backup is newer than the interval, and comes back once it is older', async () => {
    backup.at = daysAgo(10);
    const first = await todayAfter(() => saveCompletedResponse(connection(), makeResponse()));
    await settled(first.earlier);
    expect(reminder()).not.toBeInTheDocument();

    first.unmount();
    backup.at = daysAgo(15);
    renderApp('/');
    expect(await screen.findByRole('region', { name: 'Back up your reflections' })).toBeInTheDocument();
  });

  it('follows the interval chosen in Settings, and never when never is chosen', async () => {
    backup.at = daysAgo(15);
    const { user } = await todayAfter(() => saveCompletedResponse(connection(), makeResponse()));
    await screen.findByRole('region', { name: 'Back up your reflections' });

    await user.click(screen.getByRole('button', { name: 'More: profiles and settings' }));
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const interval = await screen.findByRole('combobox', { name: 'Remind me to back up' });
    expect(interval).toHaveDisplayValue('Every two weeks');
    await user.selectOptions(interval, 'Every month');
    await vi.waitFor(async () => expect((await getPreferences(connection())).backupReminderDays).toBe(30));
    let earlier = loads.length;
    await user.click(screen.getByRole('link', { name: 'Today' }));
    await screen.findByRole('region', { name: 'Weekly reflection' });
    await settled(earlier);
    expect(reminder()).not.toBeInTheDocument();

    backup.at = daysAgo(400);
    await savePreferences(connection(), { ...(await getPreferences(connection())), backupReminderDays: 0 });
    await user.click(screen.getByRole('link', { name: 'Reflect' }));
    earlier = loads.length;
    await user.click(screen.getByRole('link', { name: 'Today' }));
    await screen.findByRole('region', { name: 'Weekly reflection' });
    await settled(earlier);
    expect(reminder()).not.toBeInTheDocument();
  });

  it('backs up in one tap, and goes away after the backup', async () => {
    const { user } = await todayAfter(() => saveCompletedResponse(connection(), makeResponse()));
    const card = await screen.findByRole('region', { name: 'Back up your reflections' });
    await user.click(within(card).getByRole('link', { name: 'Back up now' }));
    // No second tap: the backup screen starts the backup at once.
    await screen.findByText(/^Backed up/);
    expect(backup.made).toBe(1);
    const earlier = loads.length;
    await user.click(screen.getByRole('link', { name: 'Today' }));
    await screen.findByRole('region', { name: 'Weekly reflection' });
    await settled(earlier);
    expect(reminder()).not.toBeInTheDocument();
  });

  it('for a locked profile, opens the backup with the file’s passphrase field focused and says why', async () => {
    const { user } = await todayAfter(() => saveCompletedResponse(connection(), makeResponse()));
    useSession.setState((s) => ({ profile: s.profile && { ...s.profile, hasPassphrase: true } }));
    const card = await screen.findByRole('region', { name: 'Back up your reflections' });
    await user.click(within(card).getByRole('link', { name: 'Back up now' }));
    const field = await screen.findByLabelText('Passphrase for the file');
    await vi.waitFor(() => expect(document.activeElement).toBe(field));
    expect(screen.getByText(/This profile is locked, so its backup is protected with a passphrase/)).toBeInTheDocument();
    expect(backup.made).toBe(0);
    expect(screen.queryByText(/^Backed up/)).not.toBeInTheDocument();
  });

  it('waits for something worth keeping: a practice logged alone does not ask for a first backup', async () => {
    const { earlier } = await todayAfter(() =>
      savePracticeLog(connection(), {
        id: 'practice-1',
        date: '2026-11-20',
        loggedAt: '2026-11-20T09:00:00.000Z',
        practiceId: null,
        practiceTitle: 'A pause',
        minutes: 2,
        note: '',
        elementId: null,
      }),
    );
    await settled(earlier);
    expect(reminder()).not.toBeInTheDocument();
  });
});

describe('the restore offer on Today', () => {
  it('is there while the profile holds nothing, and links to the restore part of Back up and restore', async () => {
    renderApp('/');
    const offer = await screen.findByRole('region', { name: 'Moving from another device?' });
    expect(offer).toHaveTextContent('Used Attune on another device or before a clean-up? Restore your backup here.');
    expect(within(offer).getByRole('link', { name: 'Restore from a backup' })).toHaveAttribute('href', '/backup#restore');
    expect(reminder()).not.toBeInTheDocument();
  });

  it('is not offered in a guest session, which keeps nothing', async () => {
    const first = renderApp('/');
    await screen.findByRole('region', { name: 'Moving from another device?' });
    await useSession.getState().startGuest();
    first.unmount();
    const earlier = loads.length;
    renderApp('/');
    await screen.findByRole('region', { name: 'Weekly reflection' });
    // Past the task in which Today would start its backup word, and the (already loaded) chunk's import.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await import('./backup-nudge-load.ts');
    });
    expect(loads.length).toBe(earlier);
    expect(screen.queryByRole('region', { name: 'Moving from another device?' })).not.toBeInTheDocument();
  });

  it('is gone once the profile holds a record', async () => {
    await todayAfter(() => saveCompletedResponse(connection(), makeResponse()));
    await screen.findByRole('region', { name: 'Back up your reflections' });
    expect(screen.queryByRole('link', { name: 'Restore from a backup' })).not.toBeInTheDocument();
  });

  it('is worked out only after Today’s records are on screen and marked ready', async () => {
    const mark = vi.spyOn(performance, 'mark');
    const persisted = vi.fn(async () => false);
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { persisted, estimate: async () => ({}) } });
    await todayAfter(() => saveCompletedResponse(connection(), makeResponse()));
    await screen.findByRole('region', { name: 'Back up your reflections' });
    const ready = mark.mock.calls.findIndex(([name]) => name === 'attune:home-ready');
    expect(ready).toBeGreaterThanOrEqual(0);
    expect(persisted).toHaveBeenCalled();
    expect(mark.mock.invocationCallOrder[ready]!).toBeLessThan(persisted.mock.invocationCallOrder[0]!);
  });
});
