/**
 * "Restore from a backup", with the storage helper stood in for (the real
 * one is exercised in restore-flow.test.tsx): refusals said in an alert with
 * the screen still usable, the passphrase step, the preview, both ways of
 * restoring, progress, the result, and a storage failure half-way.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupBody, MergePlan, OpenedFile, ReadResult, RecordKind } from '../../domain/files/file-types.ts';
import { useSession } from '../../state/session-store.ts';
import { StorageError } from '../../storage/errors.ts';
import type { OnProgress, RestorePreview, RestoreReport } from '../../storage/files/backup-types.ts';
import { createProfile } from '../../storage/repositories/profiles-repo.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { makeResponse } from '../../testing/factories.ts';
import { renderApp } from '../../testing/render-app.tsx';

const storage = vi.hoisted(() => ({
  openAttuneFile: vi.fn<(file: Blob, options: { passphrase?: string }) => Promise<ReadResult>>(),
  previewRestore: vi.fn(),
  mergeBackup: vi.fn(),
  restoreAsNewProfile: vi.fn(),
}));
vi.mock('../../storage/files/open-file.ts', () => ({ openAttuneFile: storage.openAttuneFile }));
vi.mock('../../storage/files/restore-backup.ts', () => ({
  previewRestore: storage.previewRestore,
  mergeBackup: storage.mergeBackup,
  restoreAsNewProfile: storage.restoreAsNewProfile,
}));
vi.mock('../../storage/files/last-backup.ts', () => ({ readLastBackup: async () => null }));

const NONE: Record<RecordKind, number> = { responses: 0, drafts: 0, intentions: 0, journal: 0, practiceLog: 0, weeklyReflections: 0, preferences: 0 };
const EMPTY_RECORDS = { responses: [], drafts: [], intentions: [], journal: [], practiceLog: [], weeklyReflections: [], preferences: [] };

const OPENED: OpenedFile<BackupBody> = {
  header: {
    format: 'attune-file',
    formatVersion: 1,
    kind: 'backup',
    appVersion: '0.1.0',
    schemaVersion: 4,
    exportedAt: '2026-11-30T18:00:00.000Z',
    contentVersions: { 'compassionate-leadership': [1] },
  },
  body: { profile: { displayName: 'Alex at work' }, records: EMPTY_RECORDS, unreadable: {} },
  encrypted: false,
};

const MERGE: MergePlan = {
  add: { ...EMPTY_RECORDS, responses: [makeResponse(), makeResponse()] },
  identical: { ...NONE, journal: 2 },
  keptBeside: { ...NONE, responses: 1 },
  notMerged: NONE,
};

const PREVIEW: RestorePreview = {
  summary: {
    displayName: 'Alex at work',
    exportedAt: '2026-11-30T18:00:00.000Z',
    appVersion: '0.1.0',
    counts: { ...NONE, responses: 3, journal: 2 },
    from: '2025-01-06',
    to: '2026-11-28',
    unreadable: { journal: 1 },
    encrypted: false,
  },
  merge: MERGE,
};

const REPORT: RestoreReport = {
  profileId: 'x',
  added: { ...NONE, responses: 2 },
  identical: { ...NONE, journal: 2 },
  keptBeside: { ...NONE, responses: 1 },
  notMerged: NONE,
};

const backupFile = (name = 'attune-backup.json') => new File(['{"format":"attune-file"}'], name, { type: 'application/json' });

beforeEach(() => {
  storage.openAttuneFile.mockResolvedValue({ ok: true, file: OPENED });
  storage.previewRestore.mockResolvedValue(PREVIEW);
  storage.mergeBackup.mockResolvedValue(REPORT);
});

afterEach(() => {
  for (const mock of Object.values(storage)) mock.mockReset();
});

async function openSection() {
  const rendered = renderApp('/backup');
  const section = await screen.findByRole('region', { name: 'Restore from a backup' });
  return { ...rendered, section };
}

describe('restoring a backup', () => {
  it('says why a file is refused, changes nothing, and lets the person choose another file', async () => {
    storage.openAttuneFile.mockResolvedValueOnce({
      ok: false,
      rejection: { reason: 'damaged', message: 'This file has been changed or damaged since it was made, so Attune will not open it.' },
    });
    const { user, section } = await openSection();
    const input = within(section).getByLabelText('Choose a backup file');
    await user.upload(input, backupFile('broken.json'));

    expect(await within(section).findByRole('alert')).toHaveTextContent('This file has been changed or damaged since it was made');
    expect(within(section).queryByRole('heading', { name: 'What this file holds' })).not.toBeInTheDocument();
    expect(storage.mergeBackup).not.toHaveBeenCalled();
    expect(input).toBeEnabled();

    await user.upload(input, backupFile());
    expect(await within(section).findByRole('heading', { level: 3, name: 'What this file holds' })).toBeInTheDocument();
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for the passphrase of a protected file, never filled in by the browser, and lets a wrong one be tried again', async () => {
    storage.openAttuneFile.mockImplementation(async (_file, { passphrase }) => {
      if (passphrase === undefined) return { ok: false, rejection: { reason: 'needs-passphrase', message: 'This file is protected.' } };
      if (passphrase !== 'kettle harbour violet seventeen') {
        return { ok: false, rejection: { reason: 'wrong-passphrase', message: 'That passphrase does not open this file. Check it and try again.' } };
      }
      return { ok: true, file: { ...OPENED, encrypted: true } };
    });
    const { user, section } = await openSection();
    await user.upload(within(section).getByLabelText('Choose a backup file'), backupFile());

    const field = await within(section).findByLabelText('Passphrase for this file');
    expect(field).toHaveAttribute('type', 'password');
    expect(field).toHaveAttribute('autocomplete', 'off');
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
    await user.type(field, 'not the one');
    await user.click(within(section).getByRole('button', { name: 'Open the file' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('That passphrase does not open this file.');

    await user.type(await within(section).findByLabelText('Passphrase for this file'), 'kettle harbour violet seventeen');
    await user.click(within(section).getByRole('button', { name: 'Open the file' }));
    expect(await within(section).findByRole('heading', { name: 'What this file holds' })).toBeInTheDocument();
    expect(storage.openAttuneFile).toHaveBeenLastCalledWith(expect.any(File), { passphrase: 'kettle harbour violet seventeen', expectKind: 'backup' });
  });

  it('takes a dropped file as well as a chosen one', async () => {
    const { section } = await openSection();
    const file = backupFile('dropped.json');
    fireEvent.drop(within(section).getByText('Or drop the file here.'), { dataTransfer: { types: ['Files'], files: [file] } });
    expect(await within(section).findByRole('heading', { name: 'What this file holds' })).toBeInTheDocument();
    expect(storage.openAttuneFile.mock.calls[0]![0]).toBe(file);
  });

  it('keeps a file dropped beside the drop area from replacing Attune in the browser', async () => {
    const { section } = await openSection();
    const stray = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(stray, 'dataTransfer', { value: { types: ['Files'], files: [backupFile()] } });
    document.body.dispatchEvent(stray);
    expect(stray.defaultPrevented).toBe(true);
    expect(storage.openAttuneFile).not.toHaveBeenCalled();
    expect(within(section).getByLabelText('Choose a backup file')).toBeEnabled();
  });

  it('holds a stray drop whose types are a DOMStringList (no includes) or missing, without throwing', async () => {
    await openSection();
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      thrown.push(event.error);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    try {
      const list = { 0: 'Files', length: 1, item: (i: number) => (i === 0 ? 'Files' : null), contains: (t: string) => t === 'Files' };
      const stray = new Event('drop', { bubbles: true, cancelable: true });
      Object.defineProperty(stray, 'dataTransfer', { value: { types: list, files: [backupFile()] } });
      document.body.dispatchEvent(stray);
      expect(stray.defaultPrevented).toBe(true);

      const bare = new Event('dragover', { bubbles: true, cancelable: true });
      Object.defineProperty(bare, 'dataTransfer', { value: { files: [] } });
      document.body.dispatchEvent(bare);
      expect(bare.defaultPrevented).toBe(false);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(thrown).toEqual([]);
  });

  it('shows what the file holds and what adding it would do, suggests adding it to an empty profile, and restores it on confirmation', async () => {
    let finish!: (report: RestoreReport) => void;
    storage.mergeBackup.mockImplementation(async (_c: unknown, _f: unknown, { onProgress }: { onProgress: OnProgress }) => {
      onProgress({ phase: 'writing', done: 2, total: 5 });
      return new Promise((resolve) => (finish = resolve));
    });
    const { user, section } = await openSection();
    await user.upload(within(section).getByLabelText('Choose a backup file'), backupFile());

    const preview = await within(section).findByRole('region', { name: 'What this file holds' });
    expect(preview).toHaveTextContent('Alex at work');
    expect(preview).toHaveTextContent('30 November 2026');
    expect(preview).toHaveTextContent('Attune 0.1.0');
    expect(preview).toHaveTextContent('3 results and 2 journal entries');
    expect(preview).toHaveTextContent('6 January 2025 to 28 November 2026');
    expect(preview).toHaveTextContent('1 journal entry could not be read and is not in the file.');
    expect(preview).toHaveTextContent('this version of Attune can restore everything in it');
    expect(preview).toHaveTextContent(
      'Adding it to this profile would add 2 results, 2 are already here and would be skipped and 1 differs from one here with the same id and would be kept beside it.',
    );

    const how = within(section).getByRole('radiogroup', { name: 'How to restore' });
    expect(within(how).getByRole('radio', { name: 'Add to this profile' })).toBeChecked();
    expect(within(section).getByText(/This profile holds nothing yet, so adding the file to it is suggested/)).toBeInTheDocument();
    expect(storage.mergeBackup).not.toHaveBeenCalled();

    await user.click(within(section).getByRole('button', { name: 'Restore' }));
    expect(await within(section).findByRole('progressbar', { name: 'Restoring' })).toHaveAttribute('value', '2');
    finish(REPORT);
    expect(await within(section).findByText(/^Restored/)).toHaveTextContent(
      'Restored: 2 results. 2 were already here and skipped; 1 was kept beside one with the same id but different content.',
    );
    expect(storage.mergeBackup.mock.calls[0]![1]).toBe(OPENED);
    expect(storage.restoreAsNewProfile).not.toHaveBeenCalled();
  });

  it('suggests a new profile when this one holds records, restores it under the chosen name, and switches to it', async () => {
    storage.restoreAsNewProfile.mockImplementation(async (directory, _file, { displayName }: { displayName: string }) => ({
      profile: await createProfile(directory, displayName),
      report: { ...REPORT, identical: NONE, keptBeside: NONE, added: { ...NONE, responses: 3, journal: 2 } },
    }));
    const { user, section } = await openSection();
    await saveCompletedResponse(useSession.getState().connection!, makeResponse());
    await user.upload(within(section).getByLabelText('Choose a backup file'), backupFile());

    const how = await within(section).findByRole('radiogroup', { name: 'How to restore' });
    expect(within(how).getByRole('radio', { name: 'As a new profile' })).toBeChecked();
    const name = within(section).getByLabelText('Name for the new profile');
    expect(name).toHaveValue('Alex at work');
    await user.clear(name);
    await user.type(name, 'Alex, old phone');
    await user.click(within(section).getByRole('button', { name: 'Restore' }));

    expect(await within(section).findByText(/^Restored/)).toHaveTextContent('Restored: 3 results and 2 journal entries into the new profile “Alex, old phone”.');
    expect(storage.restoreAsNewProfile.mock.calls[0]![2]).toMatchObject({ displayName: 'Alex, old phone', passphrase: null });
    expect(storage.mergeBackup).not.toHaveBeenCalled();

    await user.click(within(section).getByRole('button', { name: 'Open the new profile' }));
    await vi.waitFor(() => expect(useSession.getState().profile?.displayName).toBe('Alex, old phone'));
    expect(useSession.getState().status).toBe('ready');
  });

  it('restores into a guest session only as a new profile, since a guest session keeps nothing', async () => {
    const { user, section } = await openSection();
    await useSession.getState().startGuest();
    const guestSection = await screen.findByRole('region', { name: 'Restore from a backup' });
    expect(guestSection).not.toBe(section);
    await user.upload(within(guestSection).getByLabelText('Choose a backup file'), backupFile());
    const how = await within(guestSection).findByRole('radiogroup', { name: 'How to restore' });
    expect(within(how).queryByRole('radio', { name: 'Add to this profile' })).not.toBeInTheDocument();
    expect(within(how).getByRole('radio', { name: 'As a new profile' })).toBeChecked();
    expect(within(guestSection).getByText(/This is a guest session, which keeps nothing/)).toBeInTheDocument();
  });

  it('holds the new profile’s passphrase to the usual rules', async () => {
    const { user, section } = await openSection();
    await user.upload(within(section).getByLabelText('Choose a backup file'), backupFile());
    await user.click(await within(section).findByRole('radio', { name: 'As a new profile' }));
    await user.type(within(section).getByLabelText('Passphrase for the new profile (optional)'), 'too short');
    await user.type(within(section).getByLabelText('New profile passphrase again'), 'too short');
    await user.click(within(section).getByRole('button', { name: 'Restore' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Use at least 12 characters, or four or more words.');
    expect(storage.restoreAsNewProfile).not.toHaveBeenCalled();
  });

  it('does not create an unprotected profile when a passphrase was typed only in the “again” field', async () => {
    const { user, section } = await openSection();
    await user.upload(within(section).getByLabelText('Choose a backup file'), backupFile());
    await user.click(await within(section).findByRole('radio', { name: 'As a new profile' }));
    await user.type(within(section).getByLabelText('New profile passphrase again'), 'kettle harbour violet seventeen');
    await user.click(within(section).getByRole('button', { name: 'Restore' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('The two passphrases are not the same.');
    expect(storage.restoreAsNewProfile).not.toHaveBeenCalled();
  });

  it('clips a long name from the file to the profile name limit, and checks the name before restoring', async () => {
    const long = 'A'.repeat(100);
    storage.previewRestore.mockResolvedValue({ ...PREVIEW, summary: { ...PREVIEW.summary, displayName: long } });
    const { user, section } = await openSection();
    await user.upload(within(section).getByLabelText('Choose a backup file'), backupFile());
    await user.click(await within(section).findByRole('radio', { name: 'As a new profile' }));
    const name = within(section).getByLabelText('Name for the new profile');
    expect(name).toHaveValue('A'.repeat(60));
    expect(name).toHaveAttribute('maxlength', '60');

    fireEvent.change(name, { target: { value: 'B'.repeat(61) } });
    await user.click(within(section).getByRole('button', { name: 'Restore' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Keep the new profile’s name to 60 characters or fewer.');
    expect(storage.restoreAsNewProfile).not.toHaveBeenCalled();
  });

  it('moves focus to each new step, so it never falls to the page: passphrase field, preview heading, result, refusal', async () => {
    storage.openAttuneFile.mockImplementation(async (_file, { passphrase }) => {
      if (passphrase === undefined) return { ok: false, rejection: { reason: 'needs-passphrase', message: 'This file is protected.' } };
      if (passphrase !== 'kettle harbour violet seventeen') {
        return { ok: false, rejection: { reason: 'wrong-passphrase', message: 'That passphrase does not open this file. Check it and try again.' } };
      }
      return { ok: true, file: { ...OPENED, encrypted: true } };
    });
    const { user, section } = await openSection();
    await user.upload(within(section).getByLabelText('Choose a backup file'), backupFile());
    await vi.waitFor(() => expect(document.activeElement).toBe(within(section).getByLabelText('Passphrase for this file')));

    await user.type(within(section).getByLabelText('Passphrase for this file'), 'not the one');
    await user.click(within(section).getByRole('button', { name: 'Open the file' }));
    await within(section).findByRole('alert');
    await vi.waitFor(() => expect(document.activeElement).toBe(within(section).getByLabelText('Passphrase for this file')));

    await user.type(within(section).getByLabelText('Passphrase for this file'), 'kettle harbour violet seventeen');
    await user.click(within(section).getByRole('button', { name: 'Open the file' }));
    const heading = await within(section).findByRole('heading', { name: 'What this file holds' });
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));

    await user.click(within(section).getByRole('button', { name: 'Restore' }));
    const result = await within(section).findByText(/^Restored/);
    await vi.waitFor(() => expect(document.activeElement).toContainElement(result));

    storage.openAttuneFile.mockResolvedValueOnce({
      ok: false,
      rejection: { reason: 'damaged', message: 'This file has been changed or damaged since it was made, so Attune will not open it.' },
    });
    await user.upload(within(section).getByLabelText('Choose a backup file'), backupFile('broken.json'));
    const refusal = await within(section).findByRole('alert');
    await vi.waitFor(() => expect(document.activeElement).toContainElement(refusal));
  });

  it('says so when the device fills up half-way, and stays ready for another try', async () => {
    storage.mergeBackup.mockRejectedValueOnce(new StorageError('quota'));
    const { user, section } = await openSection();
    await user.upload(within(section).getByLabelText('Choose a backup file'), backupFile());
    await user.click(await within(section).findByRole('button', { name: 'Restore' }));

    expect(await within(section).findByRole('alert')).toHaveTextContent('This device is out of storage space');
    expect(within(section).queryByText(/^Restored/)).not.toBeInTheDocument();
    const input = within(section).getByLabelText('Choose a backup file');
    expect(input).toBeEnabled();
    await user.upload(input, backupFile());
    await user.click(await within(section).findByRole('button', { name: 'Restore' }));
    expect(await within(section).findByText(/^Restored/)).toBeInTheDocument();
  });
});
