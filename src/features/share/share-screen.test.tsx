/**
 * /share with the storage helper stood in for: the scope chosen reaches the
 * preview and the file, the preview shows what will leave (a tagged entry's
 * text), a changed scope needs a new preview, the passphrase rules, the
 * share recorded only once the file has left the device, withdrawing an
 * earlier share, and the notes a coach sends back (kept or not, refused
 * with the reason, removed).
 */
import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoachComment, CoachNotesBody, ShareCovers, ShareScope } from '../../domain/coaching/coaching-types.ts';
import type { OpenedFile, ReadResult } from '../../domain/files/file-types.ts';
import { newEntry } from '../../domain/journal/entry.ts';
import { useSession } from '../../state/session-store.ts';
import type { MadeShare, ShareMade, SharePreview } from '../../storage/sharing/share-types.ts';
import { renderApp } from '../../testing/render-app.tsx';

const storage = vi.hoisted(() => ({
  readShareScope: vi.fn(),
  saveShareScope: vi.fn(),
  coachLinkId: vi.fn(),
  listSharesMade: vi.fn(),
  recordShareMade: vi.fn(),
  previewShare: vi.fn(),
  makeShareFile: vi.fn(),
  openAttuneFile: vi.fn(),
  previewCoachNotes: vi.fn(),
  keepCoachNotes: vi.fn(),
  listCoachComments: vi.fn(),
  removeCoachComments: vi.fn(),
}));
vi.mock('../../storage/sharing/share-settings.ts', () => ({ readShareScope: storage.readShareScope, saveShareScope: storage.saveShareScope, coachLinkId: storage.coachLinkId }));
vi.mock('../../storage/sharing/shares-made.ts', () => ({ listSharesMade: storage.listSharesMade, recordShareMade: storage.recordShareMade }));
vi.mock('../../storage/sharing/share-file.ts', () => ({ previewShare: storage.previewShare, makeShareFile: storage.makeShareFile }));
vi.mock('../../storage/files/open-file.ts', () => ({ openAttuneFile: storage.openAttuneFile }));
vi.mock('../../storage/sharing/coach-comments.ts', () => ({
  previewCoachNotes: storage.previewCoachNotes,
  keepCoachNotes: storage.keepCoachNotes,
  listCoachComments: storage.listCoachComments,
  removeCoachComments: storage.removeCoachComments,
}));

const PASSPHRASE = 'kettle harbour violet seventeen';
const LAST_SCOPE: ShareScope = { reflections: 'with-answers', journal: 'none', intentions: false, practice: true, from: '2026-01-01', to: null };
const COVERS: ShareCovers = {
  counts: { responses: 12, journal: 1, intentions: 0, practiceLog: 30, weeklyReflections: 0 },
  from: '2025-01-03',
  to: '2026-12-01',
  writtenAnswers: false,
};
const TAGGED = { ...newEntry('j1', new Date('2026-11-20T09:00:00Z'), '2026-11-20'), text: 'The handover went better once I listened first.', shareWithCoach: true as const };

function previewOf(scope: ShareScope): SharePreview {
  return { scope, covers: COVERS, journal: scope.journal === 'none' ? [] : [TAGGED], unreadable: 0 };
}

function madeShare(overrides: Partial<MadeShare> = {}): MadeShare {
  return {
    blob: new Blob(['{}'], { type: 'application/json' }),
    fileName: 'attune-share-sam-2026-12-04.json',
    shareId: 'share-2',
    covers: COVERS,
    encrypted: true,
    ...overrides,
  };
}

const EARLIER: ShareMade[] = [
  { shareId: 'share-1', madeAt: '2026-12-04T10:30:00.000Z', covers: COVERS },
  { shareId: 'share-0', madeAt: '2026-10-01T10:30:00.000Z', covers: COVERS, withdrawnBy: 'share-1' },
];

let anchorClicks: HTMLAnchorElement[];

beforeEach(() => {
  storage.readShareScope.mockResolvedValue(LAST_SCOPE);
  storage.saveShareScope.mockResolvedValue(undefined);
  storage.listSharesMade.mockResolvedValue([]);
  storage.recordShareMade.mockResolvedValue(undefined);
  storage.previewShare.mockImplementation(async (_c: unknown, scope: ShareScope) => previewOf(scope));
  storage.makeShareFile.mockImplementation(async () => madeShare());
  storage.listCoachComments.mockResolvedValue([]);
  storage.keepCoachNotes.mockResolvedValue(2);
  storage.removeCoachComments.mockResolvedValue(undefined);
  URL.createObjectURL = vi.fn(() => 'blob:attune/1') as unknown as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  anchorClicks = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    anchorClicks.push(this);
  });
});

afterEach(() => {
  for (const mock of Object.values(storage)) mock.mockReset();
  Reflect.deleteProperty(navigator, 'canShare');
  Reflect.deleteProperty(navigator, 'share');
});

async function openScreen() {
  const rendered = renderApp('/share');
  const form = await screen.findByRole('form', { name: 'Choose what to share' });
  return { ...rendered, form };
}

function group(name: string) {
  return screen.getByRole('group', { name });
}

async function typePassphrase(user: ReturnType<typeof renderApp>['user'], first: string, second = first) {
  await user.type(screen.getByLabelText('Passphrase'), first);
  await user.type(screen.getByLabelText('Repeat passphrase'), second);
}

describe('choosing what to share', () => {
  it('starts from the last scope, and sends the choices made to the preview and then to the file', async () => {
    const { user } = await openScreen();
    expect(screen.getByRole('heading', { level: 1, name: 'Share with a coach' })).toBeInTheDocument();
    expect(screen.getByText(/cannot be recalled from anywhere else/)).toBeInTheDocument();
    expect(within(group('Reflections')).getByRole('radio', { name: 'Scores and written answers' })).toBeChecked();
    expect(within(group('Journal entries')).getByRole('radio', { name: 'None' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Intentions and their outcomes' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Practice minutes' })).toBeChecked();
    expect(screen.getByLabelText('From')).toHaveValue('2026-01-01');
    expect(screen.getByLabelText('To')).toHaveValue('');

    await user.click(within(group('Reflections')).getByRole('radio', { name: 'Scores only' }));
    await user.click(within(group('Journal entries')).getByRole('radio', { name: 'Only entries marked for my coach' }));
    await user.click(screen.getByRole('checkbox', { name: 'Intentions and their outcomes' }));
    await user.click(screen.getByRole('checkbox', { name: 'Practice minutes' }));
    await user.type(screen.getByLabelText('To'), '2026-11-30');
    await user.click(screen.getByRole('button', { name: 'Preview what will be shared' }));

    const chosen: ShareScope = { reflections: 'scores', journal: 'tagged', intentions: true, practice: false, from: '2026-01-01', to: '2026-11-30' };
    const region = await screen.findByRole('region', { name: 'What will leave this device' });
    await vi.waitFor(() => expect(region).toHaveFocus());
    expect(storage.previewShare).toHaveBeenCalledTimes(1);
    expect(storage.previewShare.mock.calls[0]![1]).toEqual(chosen);
    expect(within(region).getByText('12 results, scores only')).toBeInTheDocument();
    expect(within(region).getByText('1 journal entry')).toBeInTheDocument();
    expect(within(region).getByText('30 practice sessions')).toBeInTheDocument();
    expect(within(region).getByText('From 3 January 2025 to 1 December 2026.')).toBeInTheDocument();
    expect(within(region).getByText('The handover went better once I listened first.')).toBeInTheDocument();

    await typePassphrase(user, PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Make the share file' }));
    expect(await screen.findByText('Share file ready: attune-share-sam-2026-12-04.json')).toBeInTheDocument();
    const [, scope, options] = storage.makeShareFile.mock.calls[0]! as [unknown, ShareScope, { leaderName: string; passphrase?: string; withdraw: string[] }];
    expect(scope).toEqual(chosen);
    expect(options).toMatchObject({ leaderName: useSession.getState().profile!.displayName, passphrase: PASSPHRASE, withdraw: [] });
  });

  it('drops the preview when the scope changes, and makes the file only from a new preview of the new scope', async () => {
    const { user } = await openScreen();
    await user.click(screen.getByRole('button', { name: 'Preview what will be shared' }));
    await screen.findByRole('region', { name: 'What will leave this device' });

    await user.click(within(group('Journal entries')).getByRole('radio', { name: 'Every entry in these dates' }));
    expect(screen.queryByRole('region', { name: 'What will leave this device' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Make the share file' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Preview what will be shared' }));
    await screen.findByRole('region', { name: 'What will leave this device' });
    expect(storage.previewShare).toHaveBeenCalledTimes(2);
    expect(storage.previewShare.mock.calls[1]![1]).toMatchObject({ journal: 'in-range' });
    await typePassphrase(user, PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Make the share file' }));
    await screen.findByText(/^Share file ready/);
    expect(storage.makeShareFile.mock.calls[0]![1]).toMatchObject({ journal: 'in-range' });
  });

  it('needs a passphrase typed twice the same, unless protection is unticked after a plain warning', async () => {
    const { user } = await openScreen();
    expect(screen.getByRole('checkbox', { name: 'Protect with a passphrase' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Preview what will be shared' }));
    await screen.findByRole('region', { name: 'What will leave this device' });

    await user.click(screen.getByRole('button', { name: 'Make the share file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a passphrase for the file');
    await typePassphrase(user, PASSPHRASE, `${PASSPHRASE}!`);
    await user.click(screen.getByRole('button', { name: 'Make the share file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The two passphrases are not the same.');
    expect(storage.makeShareFile).not.toHaveBeenCalled();

    await user.click(screen.getByRole('checkbox', { name: 'Protect with a passphrase' }));
    expect(screen.getByText('Without a passphrase, anyone who gets the file can read everything in it.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Passphrase')).not.toBeInTheDocument();
    storage.makeShareFile.mockImplementation(async () => madeShare({ encrypted: false }));
    await user.click(screen.getByRole('button', { name: 'Make the share file' }));
    await screen.findByText(/^Share file ready/);
    expect(storage.makeShareFile.mock.calls[0]![2]).toMatchObject({ passphrase: undefined });
  });

  it('says so when the preview cannot be made, and shares nothing', async () => {
    storage.previewShare.mockRejectedValueOnce(new Error('boom'));
    const { user } = await openScreen();
    await user.click(screen.getByRole('button', { name: 'Preview what will be shared' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The preview could not be made. Nothing has been shared');
    expect(screen.queryByRole('button', { name: 'Make the share file' })).not.toBeInTheDocument();
  });
});

describe('handing the file over', () => {
  async function makeIt(user: ReturnType<typeof renderApp>['user']) {
    await user.click(screen.getByRole('button', { name: 'Preview what will be shared' }));
    await screen.findByRole('region', { name: 'What will leave this device' });
    await typePassphrase(user, PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Make the share file' }));
    await screen.findByText('Share file ready: attune-share-sam-2026-12-04.json');
  }

  it('downloads the file where the browser cannot share files, then records the share', async () => {
    const { user } = await openScreen();
    await makeIt(user);
    expect(anchorClicks.map((a) => a.download)).toEqual(['attune-share-sam-2026-12-04.json']);
    await vi.waitFor(() => expect(storage.recordShareMade).toHaveBeenCalledTimes(1));
    expect(storage.recordShareMade.mock.calls[0]![1]).toMatchObject({ shareId: 'share-2', covers: COVERS, withdraw: [] });
  });

  it('records nothing when the share sheet is closed, until the file is downloaded instead', async () => {
    const share = vi.fn(async () => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    Object.assign(navigator, { canShare: vi.fn(() => true), share });
    const { user } = await openScreen();
    await makeIt(user);
    expect(share).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/closed before the file was sent anywhere/)).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(storage.recordShareMade).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Download the file' }));
    expect(anchorClicks).toHaveLength(1);
    await vi.waitFor(() => expect(storage.recordShareMade).toHaveBeenCalledTimes(1));
  });

  it('records the share once the share sheet has taken the file', async () => {
    Object.assign(navigator, { canShare: vi.fn(() => true), share: vi.fn(async () => undefined) });
    const { user } = await openScreen();
    await makeIt(user);
    expect(anchorClicks).toHaveLength(0);
    await vi.waitFor(() => expect(storage.recordShareMade).toHaveBeenCalledTimes(1));
  });

  it('asks for earlier shares to be withdrawn when ticked, listing only those not withdrawn already', async () => {
    storage.listSharesMade.mockResolvedValue(EARLIER);
    const { user } = await openScreen();
    const withdraw = await screen.findByRole('group', { name: 'Withdraw earlier shares' });
    expect(within(withdraw).getAllByRole('checkbox').map((box) => box.closest('label')!.textContent)).toEqual(['Shared on 4 Dec 2026']);
    await user.click(within(withdraw).getByRole('checkbox', { name: 'Shared on 4 Dec 2026' }));
    await user.click(screen.getByRole('button', { name: 'Preview what will be shared' }));
    expect(await screen.findByRole('region', { name: 'What will leave this device' })).toHaveTextContent('asks your coach’s app to remove the earlier share you ticked');
    await typePassphrase(user, PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Make the share file' }));
    await screen.findByText('Share file ready: attune-share-sam-2026-12-04.json');
    expect(storage.makeShareFile.mock.calls[0]![2]).toMatchObject({ withdraw: ['share-1'] });
    await vi.waitFor(() => expect(storage.recordShareMade).toHaveBeenCalledTimes(1));
    expect(storage.recordShareMade.mock.calls[0]![1]).toMatchObject({ withdraw: ['share-1'] });
  });

  it('says so when the file cannot be made, and records nothing', async () => {
    storage.makeShareFile.mockRejectedValueOnce(new Error('worker failed'));
    const { user } = await openScreen();
    await user.click(screen.getByRole('button', { name: 'Preview what will be shared' }));
    await screen.findByRole('region', { name: 'What will leave this device' });
    await typePassphrase(user, PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Make the share file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The share file could not be made. Nothing has been shared');
    expect(storage.recordShareMade).not.toHaveBeenCalled();
  });
});

describe('notes from a coach', () => {
  const BODY: CoachNotesBody = {
    linkId: '6f1c1c2e-1111-4a4a-9c9c-000000000001',
    coachName: 'Alex Morgan',
    notes: [
      { id: 'n1', responseId: null, text: 'You listen well in hard moments.', createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z' },
      { id: 'n2', responseId: 'r1', text: 'Your Helping score rose: what changed?', createdAt: '2026-12-02T10:00:00.000Z', updatedAt: '2026-12-02T10:00:00.000Z' },
    ],
  };
  const OPENED: OpenedFile<CoachNotesBody> = {
    header: { format: 'attune-file', formatVersion: 1, kind: 'coach-notes', appVersion: '0.1.0', schemaVersion: 5, exportedAt: '2026-12-03T10:00:00.000Z', contentVersions: {} },
    body: BODY,
    encrypted: true,
  };
  const KEPT: CoachComment[] = BODY.notes.map((note) => ({ id: note.id, coachName: BODY.coachName, responseId: note.responseId, text: note.text, updatedAt: note.updatedAt, receivedAt: '2026-12-04T09:00:00.000Z' }));

  async function chooseFile(user: ReturnType<typeof renderApp>['user']) {
    const file = new File(['{}'], 'attune-coach-notes-for-sam-2026-12-03.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Notes file'), file);
    await user.click(screen.getByRole('button', { name: 'Open notes file' }));
  }

  it('asks for the file’s passphrase, shows every note, keeps them when asked and lists them by coach', async () => {
    storage.openAttuneFile.mockImplementation(async (_file: Blob, { passphrase }: { passphrase?: string }): Promise<ReadResult<CoachNotesBody>> =>
      passphrase === PASSPHRASE ? { ok: true, file: OPENED } : { ok: false, rejection: { reason: 'needs-passphrase', message: 'This file is protected.' } },
    );
    storage.previewCoachNotes.mockResolvedValue({ ok: true, preview: { body: BODY, unknownResults: 0, replacing: 0 } });
    const { user } = await openScreen();
    expect(await screen.findByText('You have not kept any notes from a coach.')).toBeInTheDocument();
    await chooseFile(user);
    expect(storage.openAttuneFile.mock.calls[0]![1]).toMatchObject({ expectKind: 'coach-notes' });
    await user.type(await screen.findByLabelText('Notes file passphrase'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Open notes file' }));

    const preview = await screen.findByRole('region', { name: '2 notes from Alex Morgan' });
    await vi.waitFor(() => expect(preview).toHaveFocus());
    expect(within(preview).getByText('You listen well in hard moments.')).toBeInTheDocument();
    expect(within(preview).getByText('Your Helping score rose: what changed?')).toBeInTheDocument();
    storage.listCoachComments.mockResolvedValue(KEPT);
    await user.click(within(preview).getByRole('button', { name: 'Keep these notes' }));
    expect(await screen.findByText('Kept 2 notes from Alex Morgan.')).toBeInTheDocument();
    expect(screen.getByLabelText<HTMLInputElement>('Notes file').files).toHaveLength(0);
    expect(storage.keepCoachNotes).toHaveBeenCalledTimes(1);
    expect(storage.keepCoachNotes.mock.calls[0]![1]).toBe(OPENED);
    const kept = await screen.findByRole('region', { name: 'Notes from Alex Morgan' });
    expect(within(kept).getByText('You listen well in hard moments.')).toBeInTheDocument();

    storage.listCoachComments.mockResolvedValue([]);
    await user.click(within(kept).getByRole('button', { name: 'Remove notes from Alex Morgan' }));
    expect(await screen.findByText('Notes from Alex Morgan removed.')).toBeInTheDocument();
    expect(storage.removeCoachComments.mock.calls[0]![1]).toBe('Alex Morgan');
    expect(screen.queryByRole('region', { name: 'Notes from Alex Morgan' })).not.toBeInTheDocument();
  });

  it('keeps nothing when the leader chooses not to', async () => {
    storage.openAttuneFile.mockResolvedValue({ ok: true, file: OPENED });
    storage.previewCoachNotes.mockResolvedValue({ ok: true, preview: { body: BODY, unknownResults: 1, replacing: 1 } });
    const { user } = await openScreen();
    await chooseFile(user);
    const preview = await screen.findByRole('region', { name: '2 notes from Alex Morgan' });
    expect(within(preview).getByText(/1 of them replace notes you kept/)).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: "Don't keep them" }));
    expect(screen.getByText('The notes were not kept. Nothing has been changed.')).toBeInTheDocument();
    expect(storage.keepCoachNotes).not.toHaveBeenCalled();
  });

  it('refuses a file of another kind, or notes meant for someone else, with the reason', async () => {
    const wrongKind = 'This is a share for a coach. Open it in a coaching profile, under Coaching.';
    storage.openAttuneFile.mockResolvedValueOnce({ ok: false, rejection: { reason: 'wrong-kind', message: wrongKind } });
    const { user } = await openScreen();
    await chooseFile(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(wrongKind);
    expect(storage.previewCoachNotes).not.toHaveBeenCalled();

    storage.openAttuneFile.mockResolvedValueOnce({ ok: true, file: OPENED });
    storage.previewCoachNotes.mockResolvedValueOnce({ ok: false, message: 'These notes are for someone else. Nothing has been kept.' });
    await user.click(screen.getByRole('button', { name: 'Open notes file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('These notes are for someone else. Nothing has been kept.');
    expect(screen.queryByRole('button', { name: 'Keep these notes' })).not.toBeInTheDocument();
    expect(storage.keepCoachNotes).not.toHaveBeenCalled();
  });
});

describe('accessibility', () => {
  it('has no axe violations with the preview, earlier shares and kept notes shown (colour contrast is checked in the browser)', async () => {
    storage.listSharesMade.mockResolvedValue(EARLIER);
    storage.listCoachComments.mockResolvedValue([
      { id: 'n1', coachName: 'Alex Morgan', responseId: null, text: 'Well done.', updatedAt: '2026-12-01T10:00:00.000Z', receivedAt: '2026-12-04T09:00:00.000Z' },
    ]);
    storage.readShareScope.mockResolvedValue({ ...LAST_SCOPE, journal: 'tagged' });
    const { user, container } = await openScreen();
    await screen.findByRole('group', { name: 'Withdraw earlier shares' });
    await screen.findByRole('region', { name: 'Notes from Alex Morgan' });
    await user.click(screen.getByRole('button', { name: 'Preview what will be shared' }));
    await screen.findByRole('region', { name: 'What will leave this device' });
    const found = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
