/**
 * /coach with the coach space's storage stood in for (its own tests are
 * storage/coaching's): a personal profile made a coach space, the list of
 * coachees read in one call, and opening a share: a new coachee, a newer
 * share of a known one, a protected file, and refusals that change nothing.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShareBody } from '../../domain/coaching/coaching-types.ts';
import type { OpenedFile, ReadResult } from '../../domain/files/file-types.ts';
import { useSession } from '../../state/session-store.ts';
import type { OnProgress, ShareImportPreview, ShareImportReport } from '../../storage/coaching/coach-types.ts';
import type * as CoachSpace from '../../storage/coaching/coach-space.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { ALEX_LINK, coachee, COVERS, NONE, openedShare, WHAT_IS_NEW } from './testing/coach-fixtures.ts';

const storage = vi.hoisted(() => ({
  openAttuneFile: vi.fn<(file: Blob, options: { passphrase?: string; expectKind: string }) => Promise<ReadResult<ShareBody>>>(),
  previewShareImport: vi.fn<(c: unknown, f: OpenedFile<ShareBody>, o: { expectLinkId?: string }) => Promise<ShareImportPreview>>(),
  importShare: vi.fn<(c: unknown, f: OpenedFile<ShareBody>, o: { displayName?: string; onProgress?: OnProgress }) => Promise<ShareImportReport>>(),
  listCoachees: vi.fn(),
  openCoacheeReview: vi.fn(),
}));
vi.mock('../../storage/files/open-file.ts', () => ({ openAttuneFile: storage.openAttuneFile }));
vi.mock('../../storage/coaching/share-import.ts', () => ({ previewShareImport: storage.previewShareImport, importShare: storage.importShare }));
vi.mock('../../storage/coaching/coachee-review.ts', () => ({ openCoacheeReview: storage.openCoacheeReview }));
vi.mock('../../storage/coaching/coach-space.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof CoachSpace>()),
  listCoachees: storage.listCoachees,
}));

const shareFile = (name = 'attune-share-samira-2026-12-02.json') => new File(['{"format":"attune-file"}'], name, { type: 'application/json' });

/** Opens /coach as a coach space (the profile made one through the screen's own button). */
async function openCoachSpace() {
  const rendered = renderApp('/coach');
  await rendered.user.click(await screen.findByRole('button', { name: 'Use this profile for coaching' }));
  await screen.findByRole('heading', { level: 2, name: 'Coachees' });
  return rendered;
}

beforeEach(() => {
  storage.listCoachees.mockResolvedValue([]);
  storage.openAttuneFile.mockResolvedValue({ ok: true, file: openedShare() });
});

afterEach(() => {
  for (const mock of Object.values(storage)) mock.mockReset();
});

describe('a personal profile on /coach', () => {
  it('explains coaching, and becomes a coach space, with Coaching under More, when asked', async () => {
    const { user } = renderApp('/coach');
    expect(await screen.findByRole('heading', { level: 1, name: 'Coaching' })).toBeInTheDocument();
    expect(screen.getByText(/their records never mix with yours/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Open a share' })).not.toBeInTheDocument();
    expect(storage.listCoachees).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Use this profile for coaching' }));
    expect(await screen.findByText('No coachees yet. Open a share file from a leader to add one.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Open a share' })).toBeInTheDocument();
    expect(useSession.getState().profile?.kind).toBe('coach');
    await waitFor(() => expect(useSession.getState().profiles[0]?.kind).toBe('coach'));

    await user.click(screen.getByRole('button', { name: 'More: profiles and settings' }));
    expect(screen.getByRole('link', { name: 'Coaching' })).toHaveAttribute('href', '/coach');
  });
});

describe('the list of coachees', () => {
  it('lists each coachee by name with the date of their latest share and what it covers, from one read and no coachee opened', async () => {
    storage.listCoachees.mockResolvedValue([
      coachee({ linkId: ALEX_LINK, displayName: 'Alex', latestShareAt: '2026-10-04T12:00:00.000Z', covers: { ...COVERS, counts: { ...NONE, practiceLog: 30 } } }),
      coachee(),
    ]);
    await openCoachSpace();
    const list = await screen.findByRole('list', { name: 'Coachees' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('link', { name: 'Alex' })).toHaveAttribute('href', `/coach/${ALEX_LINK}`);
    expect(items[0]).toHaveTextContent('Latest share 4 October 2026');
    expect(items[0]).toHaveTextContent('30 practice sessions');
    expect(within(items[1]!).getByRole('link', { name: 'Sam' })).toBeInTheDocument();
    expect(items[1]).toHaveTextContent('Latest share 30 November 2026');
    expect(items[1]).toHaveTextContent('2 reflections (scores only), 1 journal entry');
    expect(storage.listCoachees).toHaveBeenCalledTimes(1);
    expect(storage.openCoacheeReview).not.toHaveBeenCalled();
  });
});

describe('opening a share', () => {
  it('adds a new coachee under the name the coach chooses, with progress, then lists them', async () => {
    let finish!: (report: ShareImportReport) => void;
    storage.previewShareImport.mockResolvedValue({ outcome: 'new-coachee', leaderName: 'Samira', covers: COVERS, exportedAt: '2026-12-02T18:00:00.000Z' });
    storage.importShare.mockImplementation(async (_c, _f, { onProgress }) => {
      onProgress?.({ phase: 'writing', done: 3, total: 10 });
      return new Promise((resolve) => (finish = resolve));
    });
    const { user } = await openCoachSpace();
    await user.upload(screen.getByLabelText('Share file'), shareFile());
    await user.click(screen.getByRole('button', { name: 'Open share' }));

    const name = await screen.findByRole('textbox', { name: 'Name for this coachee' });
    expect(name).toHaveValue('Samira');
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('autocomplete', 'off');
    expect(screen.getByRole('form', { name: 'A new coachee' })).toHaveTextContent('2 reflections (scores only), 1 journal entry');
    expect(storage.openAttuneFile).toHaveBeenCalledWith(expect.any(File), { passphrase: undefined, expectKind: 'share' });
    expect(storage.previewShareImport.mock.calls[0]![2]).toEqual({});
    expect(storage.importShare).not.toHaveBeenCalled();

    await user.clear(name);
    await user.type(name, 'Sam');
    await user.click(screen.getByRole('button', { name: 'Add coachee' }));
    const progress = await screen.findByRole('progressbar', { name: 'Taking in the share' });
    expect(progress).toHaveAttribute('value', '3');
    expect(storage.importShare.mock.calls[0]![2]).toMatchObject({ displayName: 'Sam' });

    storage.listCoachees.mockResolvedValue([coachee()]);
    finish({ coachee: coachee(), outcome: 'added', whatIsNew: null, withdrawn: 0 });
    const added = await screen.findByText('Added Sam');
    expect(added).toHaveAttribute('role', 'status');
    expect(added).toHaveFocus();
    const list = await screen.findByRole('list', { name: 'Coachees' });
    expect(within(list).getByRole('link', { name: 'Sam' })).toBeInTheDocument();
  });

  it('shows what a newer share of a known coachee brings, and updates them when asked', async () => {
    storage.listCoachees.mockResolvedValue([coachee()]);
    storage.previewShareImport.mockResolvedValue({
      outcome: 'update',
      coachee: coachee(),
      covers: COVERS,
      exportedAt: '2026-12-02T18:00:00.000Z',
      whatIsNew: WHAT_IS_NEW,
      withdraws: ['share-0'],
    });
    storage.importShare.mockResolvedValue({ coachee: coachee(), outcome: 'updated', whatIsNew: WHAT_IS_NEW, withdrawn: 1 });
    const { user } = await openCoachSpace();
    await user.upload(screen.getByLabelText('Share file'), shareFile());
    await user.click(screen.getByRole('button', { name: 'Open share' }));

    const news = await screen.findByRole('list', { name: 'What is new since the last share' });
    expect(within(news).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['2 new reflections', '1 new journal entry', '3 practice sessions no longer shared']);
    expect(screen.getByText(/asks for an earlier share to be removed/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Name for this coachee' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Update Sam' }));
    expect(await screen.findByText('Updated Sam')).toBeInTheDocument();
    expect(storage.importShare.mock.calls[0]![2].displayName).toBeUndefined();
  });

  it('asks for the passphrase of a protected file, and opens it with the one typed', async () => {
    storage.openAttuneFile.mockImplementation(async (_file, { passphrase }) =>
      passphrase === 'kettle harbour violet seventeen'
        ? { ok: true, file: openedShare() }
        : { ok: false, rejection: { reason: passphrase === undefined ? 'needs-passphrase' : 'wrong-passphrase', message: 'That passphrase does not open this file.' } },
    );
    storage.previewShareImport.mockResolvedValue({ outcome: 'new-coachee', leaderName: 'Samira', covers: COVERS, exportedAt: '2026-12-02T18:00:00.000Z' });
    const { user } = await openCoachSpace();
    await user.upload(screen.getByLabelText('Share file'), shareFile());
    await user.click(screen.getByRole('button', { name: 'Open share' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is protected with a passphrase.');
    const field = screen.getByLabelText('Share file passphrase');
    expect(field).toHaveAttribute('type', 'password');
    expect(field).toHaveFocus();

    await user.type(field, 'kettle harbour violet seventeen');
    await user.click(screen.getByRole('button', { name: 'Open share' }));
    expect(await screen.findByRole('textbox', { name: 'Name for this coachee' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(storage.openAttuneFile).toHaveBeenLastCalledWith(expect.any(File), { passphrase: 'kettle harbour violet seventeen', expectKind: 'share' });
  });

  it('says why a file that is not a share is refused, and takes nothing in', async () => {
    const message = 'This is a backup of a whole profile, not a share. To restore it, use Back up and restore.';
    storage.openAttuneFile.mockResolvedValue({ ok: false, rejection: { reason: 'wrong-kind', message } });
    const { user } = await openCoachSpace();
    await user.upload(screen.getByLabelText('Share file'), shareFile('attune-backup.json'));
    await user.click(screen.getByRole('button', { name: 'Open share' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(storage.previewShareImport).not.toHaveBeenCalled();
    expect(storage.importShare).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Share file')).toBeEnabled();
  });

  it('says why a share is refused (already here, older, withdrawn) and takes nothing in', async () => {
    storage.previewShareImport.mockResolvedValue({ outcome: 'refused', reason: 'older', message: 'This share is older than the one you have from Sam, so it was not taken in.' });
    const { user } = await openCoachSpace();
    await user.upload(screen.getByLabelText('Share file'), shareFile());
    await user.click(screen.getByRole('button', { name: 'Open share' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This share is older than the one you have from Sam');
    expect(screen.getByRole('alert').parentElement).toHaveFocus();
    expect(screen.queryByRole('button', { name: /^Update|Add coachee/ })).not.toBeInTheDocument();
    expect(storage.importShare).not.toHaveBeenCalled();
  });

  it('says so when taking the share in fails, and lets the coach try again', async () => {
    storage.previewShareImport.mockResolvedValue({ outcome: 'new-coachee', leaderName: 'Samira', covers: COVERS, exportedAt: '2026-12-02T18:00:00.000Z' });
    storage.importShare.mockRejectedValue(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    const { user } = await openCoachSpace();
    await user.upload(screen.getByLabelText('Share file'), shareFile());
    await user.click(screen.getByRole('button', { name: 'Open share' }));
    await user.click(await screen.findByRole('button', { name: 'Add coachee' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This device is out of storage space');
    expect(screen.getByRole('button', { name: 'Open share' })).toBeEnabled();
  });
});
