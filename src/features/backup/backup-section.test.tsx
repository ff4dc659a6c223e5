/**
 * "Back up this profile", with the storage helper stood in for: the
 * passphrase rules, a locked profile's file protected unless the person says
 * otherwise on purpose, the share sheet or a download, progress, the summary
 * (unreadable records named) and when the last backup was made.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordKind } from '../../domain/files/file-types.ts';
import { useSession } from '../../state/session-store.ts';
import type { MadeBackup, OnProgress } from '../../storage/files/backup-types.ts';
import { renderApp } from '../../testing/render-app.tsx';

const storage = vi.hoisted(() => ({
  makeBackupFile: vi.fn(),
  readLastBackup: vi.fn<() => Promise<string | null>>(),
  recordLastBackup: vi.fn<(connection: unknown, at: Date) => Promise<void>>(),
}));
vi.mock('../../storage/files/export-backup.ts', () => ({ makeBackupFile: storage.makeBackupFile }));
vi.mock('../../storage/files/last-backup.ts', () => ({ readLastBackup: storage.readLastBackup, recordLastBackup: storage.recordLastBackup }));

const NONE: Record<RecordKind, number> = { responses: 0, drafts: 0, intentions: 0, journal: 0, practiceLog: 0, weeklyReflections: 0, preferences: 0 };
const PASSPHRASE = 'kettle harbour violet seventeen';

function made(overrides: Partial<MadeBackup> = {}): MadeBackup {
  return {
    blob: new Blob(['{}'], { type: 'application/json' }),
    fileName: 'attune-backup-my-reflections-2026-12-03.json',
    counts: { ...NONE, responses: 3, journal: 40, preferences: 1 },
    unreadable: {},
    encrypted: false,
    ...overrides,
  };
}

let createObjectURL: ReturnType<typeof vi.fn>;
let anchorClicks: HTMLAnchorElement[];

beforeEach(() => {
  storage.readLastBackup.mockResolvedValue(null);
  storage.recordLastBackup.mockResolvedValue(undefined);
  storage.makeBackupFile.mockImplementation(async () => made());
  createObjectURL = vi.fn(() => 'blob:attune/1');
  URL.createObjectURL = createObjectURL as unknown as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  anchorClicks = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    anchorClicks.push(this);
  });
});

afterEach(() => {
  storage.makeBackupFile.mockReset();
  storage.readLastBackup.mockReset();
  storage.recordLastBackup.mockReset();
  Reflect.deleteProperty(navigator, 'canShare');
  Reflect.deleteProperty(navigator, 'share');
});

async function openSection(route = '/backup') {
  const rendered = renderApp(route);
  const section = await screen.findByRole('form', { name: 'Back up this profile' });
  return { ...rendered, section };
}

describe('backing up this profile', () => {
  it('is a screen of its own, titled and headed “Back up and restore”', async () => {
    await openSection();
    expect(screen.getByRole('heading', { level: 1, name: 'Back up and restore' })).toBeInTheDocument();
    expect(document.title).toMatch(/^Back up and restore/);
    expect(screen.getByRole('heading', { level: 2, name: 'Restore from a backup' })).toBeInTheDocument();
  });

  it('downloads the file where the browser cannot share files, says what is in it, and can download it again', async () => {
    const { user, section } = await openSection();
    expect(within(section).getByRole('checkbox', { name: 'Protect the file with a passphrase' })).not.toBeChecked();
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));

    const status = await within(section).findByText(/^Backed up/);
    expect(status).toHaveTextContent('Backed up 3 results, 40 journal entries and 1 set of preferences');
    expect(storage.makeBackupFile.mock.calls[0]![2]).toMatchObject({ passphrase: undefined });
    expect(anchorClicks).toHaveLength(1);
    expect(anchorClicks[0]!.download).toBe('attune-backup-my-reflections-2026-12-03.json');
    expect(anchorClicks[0]!.getAttribute('href')).toBe('blob:attune/1');
    expect(within(section).getByText('The file is in your downloads.')).toBeInTheDocument();
    await vi.waitFor(() => expect(storage.recordLastBackup).toHaveBeenCalledTimes(1));
    expect(storage.recordLastBackup.mock.calls[0]![1]).toBeInstanceOf(Date);

    await user.click(within(section).getByRole('button', { name: 'Download the file again' }));
    expect(anchorClicks).toHaveLength(2);
    await vi.waitFor(() => expect(storage.recordLastBackup).toHaveBeenCalledTimes(2));
    expect(createObjectURL).toHaveBeenCalledTimes(2);
  });

  it('hands the file to the share sheet where the browser can share files, and still offers the download', async () => {
    const share = vi.fn(async () => undefined);
    Object.assign(navigator, { canShare: vi.fn(() => true), share });
    const { user, section } = await openSection();
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));

    await within(section).findByText(/^Backed up/);
    expect(share).toHaveBeenCalledTimes(1);
    const [{ files, title }] = share.mock.calls[0]! as unknown as [{ files: File[]; title: string }];
    expect(files[0]!.name).toBe('attune-backup-my-reflections-2026-12-03.json');
    expect(title).toBe('attune-backup-my-reflections-2026-12-03.json');
    expect(anchorClicks).toHaveLength(0);
    expect(within(section).getByRole('button', { name: 'Download the file again' })).toBeInTheDocument();
    await vi.waitFor(() => expect(storage.recordLastBackup).toHaveBeenCalledTimes(1));
  });

  it('takes a closed share sheet as the person’s choice, not an error, and offers the download', async () => {
    Object.assign(navigator, { canShare: vi.fn(() => true), share: vi.fn(async () => Promise.reject(new DOMException('Share canceled', 'AbortError'))) });
    const { user, section } = await openSection();
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));

    expect(await within(section).findByText(/share was closed before the file was sent anywhere, so the file was not shared/)).toBeInTheDocument();
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
    expect(anchorClicks).toHaveLength(0);
    // The file never left the device: the backup is not recorded as made.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(storage.recordLastBackup).not.toHaveBeenCalled();
    await user.click(within(section).getByRole('button', { name: 'Download the file' }));
    expect(anchorClicks).toHaveLength(1);
    await vi.waitFor(() => expect(storage.recordLastBackup).toHaveBeenCalledTimes(1));
  });

  it('says plainly when the profile held nothing to back up', async () => {
    storage.makeBackupFile.mockImplementation(async () => made({ counts: NONE }));
    const { user, section } = await openSection();
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));
    expect(await within(section).findByText(/^Backed up/)).toHaveTextContent(
      'Backed up this profile, which holds no records yet, to “attune-backup-my-reflections-2026-12-03.json”, without a passphrase.',
    );
  });

  it('downloads the file when the share sheet refuses it for another reason', async () => {
    Object.assign(navigator, { canShare: vi.fn(() => true), share: vi.fn(async () => Promise.reject(new DOMException('No recent tap', 'NotAllowedError'))) });
    const { user, section } = await openSection();
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));
    expect(await within(section).findByText('The file is in your downloads.')).toBeInTheDocument();
    expect(anchorClicks).toHaveLength(1);
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names the records that could not be read, which are not in the file', async () => {
    storage.makeBackupFile.mockImplementation(async () => made({ unreadable: { journal: 2, responses: 1 } }));
    const { user, section } = await openSection();
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));
    expect(await within(section).findByText('2 journal entries could not be read and are not in this backup.')).toBeInTheDocument();
    expect(within(section).getByText('1 result could not be read and is not in this backup.')).toBeInTheDocument();
  });

  it('holds a chosen passphrase to the profile passphrase rules, and protects the file with one that passes', async () => {
    const { user, section } = await openSection();
    await user.click(within(section).getByRole('checkbox', { name: 'Protect the file with a passphrase' }));
    const first = within(section).getByLabelText('Passphrase for the file');
    const again = within(section).getByLabelText('Type the passphrase again');
    expect(first).toHaveAttribute('autocomplete', 'new-password');
    expect(again).toHaveAttribute('autocomplete', 'new-password');

    await user.type(first, 'short');
    await user.type(again, 'short');
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Use at least 12 characters, or four or more words.');

    await user.clear(first);
    await user.clear(again);
    await user.type(first, PASSPHRASE);
    await user.type(again, `${PASSPHRASE}!`);
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('The two passphrases are not the same.');

    await user.clear(first);
    await user.clear(again);
    await user.type(first, 'Password12345!');
    await user.type(again, 'Password12345!');
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(/one of the most commonly used passwords/);
    expect(storage.makeBackupFile).not.toHaveBeenCalled();

    storage.makeBackupFile.mockImplementation(async () => made({ encrypted: true }));
    await user.clear(first);
    await user.clear(again);
    await user.type(first, PASSPHRASE);
    await user.type(again, PASSPHRASE);
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));
    expect(await within(section).findByText(/^Backed up/)).toHaveTextContent('protected with your passphrase');
    expect(storage.makeBackupFile.mock.calls[0]![2]).toMatchObject({ passphrase: PASSPHRASE });
  });

  it('protects a locked profile’s file by default, and makes an unprotected one only once the person says they understand', async () => {
    const { user } = renderApp('/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    useSession.setState((s) => ({ profile: s.profile && { ...s.profile, hasPassphrase: true } }));
    await user.click(screen.getByRole('link', { name: 'Back up and restore' }));
    const section = await screen.findByRole('form', { name: 'Back up this profile' });

    const protect = within(section).getByRole('checkbox', { name: 'Protect the file with a passphrase' });
    expect(protect).toBeChecked();
    expect(within(section).queryByRole('checkbox', { name: 'I understand the file will not be protected' })).not.toBeInTheDocument();
    await user.click(protect);
    const understood = within(section).getByRole('checkbox', { name: 'I understand the file will not be protected' });
    expect(understood).not.toBeChecked();
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('I understand the file will not be protected');
    expect(storage.makeBackupFile).not.toHaveBeenCalled();

    await user.click(understood);
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));
    expect(await within(section).findByText(/^Backed up/)).toHaveTextContent('without a passphrase');
    expect(storage.makeBackupFile.mock.calls[0]![2]).toMatchObject({ passphrase: undefined });
  });

  it('shows its progress while it works, and the time of this backup once done', async () => {
    let finish!: () => void;
    storage.makeBackupFile.mockImplementation(async (_c: unknown, _n: unknown, { onProgress }: { onProgress: OnProgress }) => {
      onProgress({ phase: 'reading', done: 120, total: 400 });
      await new Promise<void>((resolve) => (finish = resolve));
      return made();
    });
    const { user, section } = await openSection();
    expect(await within(section).findByText('This profile has not been backed up yet.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));
    const progress = await within(section).findByRole('progressbar', { name: 'Backing up' });
    expect(progress.tagName).toBe('PROGRESS');
    expect(progress).toHaveAttribute('value', '120');
    expect(within(section).getByRole('button', { name: 'Back up now' })).toBeDisabled();

    storage.readLastBackup.mockResolvedValue('2026-12-03T10:15:00.000Z');
    finish();
    await within(section).findByText(/^Backed up/);
    expect(within(section).queryByRole('progressbar', { name: 'Backing up' })).not.toBeInTheDocument();
    expect(await within(section).findByText(/^Last backed up 3 December 2026/)).toBeInTheDocument();
  });

  it('says so when the backup cannot be made, and can be tried again', async () => {
    storage.makeBackupFile.mockRejectedValueOnce(new Error('worker failed'));
    const { user, section } = await openSection();
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('The backup could not be made. Nothing has been changed');
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));
    expect(await within(section).findByText(/^Backed up/)).toBeInTheDocument();
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
  });
});
