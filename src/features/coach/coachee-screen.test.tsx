/**
 * A coachee's review (/coach/:coacheeId) and one of their results, with the
 * coach space's storage stood in for: what they shared, read-only; the
 * coach's private notes; sending chosen notes back; a newer share that must
 * be theirs; and removing them.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoachNote } from '../../domain/coaching/coaching-types.ts';
import type { CoacheeReview, MadeNotesFile } from '../../storage/coaching/coach-types.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { makeResponse } from '../../testing/factories.ts';
import { coachee, note, openedShare, SAM_LINK, shareBody, WHAT_IS_NEW } from './testing/coach-fixtures.ts';

const storage = vi.hoisted(() => ({
  openAttuneFile: vi.fn(),
  previewShareImport: vi.fn(),
  importShare: vi.fn(),
  openCoacheeReview: vi.fn(),
  listCoachees: vi.fn(),
  removeCoachee: vi.fn(),
  listCoachNotes: vi.fn(),
  saveCoachNote: vi.fn(),
  removeCoachNote: vi.fn(),
  makeCoachNotesFile: vi.fn(),
}));
vi.mock('../../storage/files/open-file.ts', () => ({ openAttuneFile: storage.openAttuneFile }));
vi.mock('../../storage/coaching/share-import.ts', () => ({ previewShareImport: storage.previewShareImport, importShare: storage.importShare }));
vi.mock('../../storage/coaching/coachee-review.ts', () => ({ openCoacheeReview: storage.openCoacheeReview }));
vi.mock('../../storage/coaching/coach-space.ts', () => ({ listCoachees: storage.listCoachees, removeCoachee: storage.removeCoachee }));
vi.mock('../../storage/coaching/coach-notes.ts', () => ({
  listCoachNotes: storage.listCoachNotes,
  saveCoachNote: storage.saveCoachNote,
  removeCoachNote: storage.removeCoachNote,
  makeCoachNotesFile: storage.makeCoachNotesFile,
}));

/** The coachee's notes as the stand-in keeps them. */
let kept: CoachNote[];

function review(): CoacheeReview {
  const { withdraw: _withdraw, ...share } = shareBody();
  void _withdraw;
  return { coachee: coachee({ whatIsNew: WHAT_IS_NEW }), share, unreadable: 0 };
}

beforeEach(() => {
  kept = [];
  storage.openCoacheeReview.mockImplementation(async () => review());
  storage.listCoachees.mockResolvedValue([]);
  storage.listCoachNotes.mockImplementation(async () => [...kept]);
  storage.saveCoachNote.mockImplementation(async (_c: unknown, saved: CoachNote) => {
    kept = [...kept.filter((n) => n.id !== saved.id), saved];
  });
  storage.removeCoachNote.mockImplementation(async (_c: unknown, _linkId: string, id: string) => {
    kept = kept.filter((n) => n.id !== id);
  });
  URL.createObjectURL = vi.fn(() => 'blob:attune/1') as unknown as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

afterEach(() => {
  for (const mock of Object.values(storage)) mock.mockReset();
  vi.restoreAllMocks();
});

async function openCoachee() {
  const rendered = renderApp(`/coach/${SAM_LINK}`);
  await screen.findByRole('heading', { level: 1, name: 'Sam' });
  return rendered;
}

describe('a coachee’s review', () => {
  it('shows their latest share read-only: when, what it covers, what is new, progress, results, journal and intentions', async () => {
    await openCoachee();
    expect(screen.getByText('Latest share 30 November 2026')).toBeInTheDocument();
    expect(screen.getByText(/^2 reflections \(scores only\), 1 journal entry/)).toBeInTheDocument();
    const news = screen.getByRole('list', { name: 'What is new since the last share' });
    expect(within(news).getAllByRole('listitem')).toHaveLength(3);

    const progress = screen.getByRole('region', { name: 'Progress' });
    expect(await within(progress).findByRole('radiogroup', { name: 'Show' })).toBeInTheDocument();
    expect(within(progress).queryAllByRole('link').filter((l) => l.getAttribute('href')?.startsWith('/assess'))).toEqual([]);

    const results = screen.getByRole('region', { name: 'Results' });
    expect(within(results).getByRole('link', { name: 'Compassionate leadership self-assessment, 3 November 2026' })).toHaveAttribute(
      'href',
      `/coach/${SAM_LINK}/results/response-1`,
    );
    const journal = screen.getByRole('region', { name: 'Journal entries shared' });
    expect(journal).toHaveTextContent('20 November 2026');
    expect(journal).toHaveTextContent('The handover went better once I slowed down.');
    const intentions = screen.getByRole('region', { name: 'Intentions' });
    expect(intentions).toHaveTextContent('Ask one quiet colleague how their week went.');
    expect(intentions).toHaveTextContent('Outcome: Partly');
    expect(intentions).toHaveTextContent('Twice, not every day.');

    // Nothing of theirs can be edited: the only text boxes are the coach's own.
    const labels = screen.getAllByRole('textbox').map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);
    expect(labels).toEqual(['New note']);
    expect(document.title).not.toContain('Sam');
  });

  it('lists the newest 50 of a decade of results at first, with the rest a button away', async () => {
    const responses = Array.from({ length: 260 }, (_, week) =>
      makeResponse({ id: `r-${week}`, completedAt: new Date(Date.UTC(2021, 0, 4 + week * 7, 9)).toISOString() }),
    );
    storage.openCoacheeReview.mockImplementation(async () => {
      const { withdraw: _withdraw, ...share } = shareBody();
      void _withdraw;
      return { coachee: coachee(), share: { ...share, records: { ...share.records, responses } }, unreadable: 0 };
    });
    const { user } = await openCoachee();
    const results = screen.getByRole('region', { name: 'Results' });
    expect(within(results).getAllByRole('link')).toHaveLength(50);
    expect(within(results).getAllByRole('link')[0]).toHaveAttribute('href', `/coach/${SAM_LINK}/results/r-259`);
    await user.click(within(results).getByRole('button', { name: 'Show more (210 not shown)' }));
    expect(within(results).getAllByRole('link')).toHaveLength(250);
    await user.click(within(results).getByRole('button', { name: 'Show more (10 not shown)' }));
    expect(within(results).getAllByRole('link')).toHaveLength(260);
    expect(within(results).queryByRole('button')).not.toBeInTheDocument();
  });

  it('keeps private notes: write, change and remove (after a second thought)', async () => {
    const { user } = await openCoachee();
    const notes = screen.getByRole('region', { name: 'Private notes' });
    await user.type(within(notes).getByRole('textbox', { name: 'New note' }), 'Ask about the night shifts.');
    await user.click(within(notes).getByRole('button', { name: 'Save note' }));
    const list = await within(notes).findByRole('list', { name: 'Private notes' });
    expect(list).toHaveTextContent('Ask about the night shifts.');
    const saved = storage.saveCoachNote.mock.calls[0]![1] as CoachNote;
    expect(saved).toMatchObject({ linkId: SAM_LINK, responseId: null, text: 'Ask about the night shifts.' });
    expect(saved.createdAt).toBe(saved.updatedAt);
    expect(within(notes).getByRole('textbox', { name: 'New note' })).toHaveValue('');

    await user.click(within(list).getByRole('button', { name: 'Edit note' }));
    const edit = within(list).getByRole('textbox', { name: 'Change this note' });
    expect(edit).toHaveFocus();
    await user.clear(edit);
    await user.type(edit, 'Ask about the night shifts and the rota.');
    await user.click(within(list).getByRole('button', { name: 'Save changes' }));
    expect(await within(list).findByText('Ask about the night shifts and the rota.')).toBeInTheDocument();
    expect((storage.saveCoachNote.mock.calls[1]![1] as CoachNote).id).toBe(saved.id);
    expect(kept).toHaveLength(1);

    await user.click(within(list).getByRole('button', { name: 'Remove note' }));
    expect(within(list).getByText('Remove this note? It cannot be brought back.')).toHaveFocus();
    expect(storage.removeCoachNote).not.toHaveBeenCalled();
    await user.click(within(list).getByRole('button', { name: 'Yes, remove it' }));
    await waitFor(() => expect(within(notes).queryByRole('list')).not.toBeInTheDocument());
    expect(storage.removeCoachNote).toHaveBeenCalledWith(expect.anything(), SAM_LINK, saved.id);
  });

  it('sends back only the notes the coach ticks, protected with a passphrase by default', async () => {
    kept = [note(), note({ id: 'note-2', text: 'Private: I wonder whether the move was right.' })];
    storage.makeCoachNotesFile.mockResolvedValue({
      blob: new Blob(['{}']),
      fileName: 'attune-coach-notes-for-sam-2026-12-04.json',
      count: 1,
      encrypted: true,
    } satisfies MadeNotesFile);
    const { user } = await openCoachee();
    const send = await screen.findByRole('form', { name: 'Send notes back' });
    expect(within(send).getByRole('checkbox', { name: 'Protect with a passphrase' })).toBeChecked();
    await user.click(within(send).getByRole('checkbox', { name: /^Sam seems steadier since the new rota/ }));
    await user.clear(within(send).getByRole('textbox', { name: 'Your name as coach' }));
    await user.type(within(send).getByRole('textbox', { name: 'Your name as coach' }), 'Jo Coach');
    await user.type(within(send).getByLabelText('Passphrase'), 'kettle harbour violet seventeen');
    await user.type(within(send).getByLabelText('Repeat passphrase'), 'kettle harbour violet seventeen');
    await user.click(within(send).getByRole('button', { name: 'Make the notes file' }));

    expect(await within(send).findByText(/^Notes file ready: attune-coach-notes-for-sam-2026-12-04\.json/)).toBeInTheDocument();
    expect(storage.makeCoachNotesFile).toHaveBeenCalledWith(expect.anything(), SAM_LINK, {
      noteIds: ['note-1'],
      coachName: 'Jo Coach',
      passphrase: 'kettle harbour violet seventeen',
    });
  });

  it('refuses to make a notes file with no note ticked', async () => {
    kept = [note()];
    const { user } = await openCoachee();
    const send = await screen.findByRole('form', { name: 'Send notes back' });
    await user.click(within(send).getByRole('checkbox', { name: 'Protect with a passphrase' }));
    await user.click(within(send).getByRole('button', { name: 'Make the notes file' }));
    expect(within(send).getByRole('alert')).toHaveTextContent('Tick at least one note to send.');
    expect(storage.makeCoachNotesFile).not.toHaveBeenCalled();
  });

  it('opens a newer share only as this coachee’s, and says why another leader’s is refused', async () => {
    storage.openAttuneFile.mockResolvedValue({ ok: true, file: openedShare() });
    storage.previewShareImport.mockResolvedValue({ outcome: 'refused', reason: 'other-coachee', message: 'This share is from someone else, not Sam, so it was not taken in.' });
    const { user } = await openCoachee();
    const newer = screen.getByRole('region', { name: 'Newer share' });
    await user.upload(within(newer).getByLabelText('Newer share file'), new File(['{}'], 'share.json', { type: 'application/json' }));
    expect(within(newer).getByLabelText('Newer share passphrase')).toHaveAttribute('type', 'password');
    await user.click(within(newer).getByRole('button', { name: 'Open newer share' }));
    expect(await within(newer).findByRole('alert')).toHaveTextContent('This share is from someone else, not Sam');
    expect(storage.previewShareImport.mock.calls[0]![2]).toEqual({ expectLinkId: SAM_LINK });
    expect(storage.importShare).not.toHaveBeenCalled();
  });

  it('removes the coachee only after the coach confirms, then goes back to the list', async () => {
    storage.removeCoachee.mockResolvedValue(undefined);
    const { user } = await openCoachee();
    await user.click(screen.getByRole('button', { name: 'Remove Sam' }));
    expect(screen.getByText(/^This removes everything Sam shared/)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Remove Sam' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove Sam' }));
    expect(storage.removeCoachee).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Remove Sam and what they shared' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Coaching' })).toBeInTheDocument();
    expect(storage.removeCoachee).toHaveBeenCalledWith(expect.anything(), SAM_LINK);
  });

  it('says so when the coachee is not here, with a way back', async () => {
    storage.openCoacheeReview.mockRejectedValue(Object.assign(new Error('This coachee is no longer in this coaching space.'), { name: 'CoachingError' }));
    renderApp(`/coach/${SAM_LINK}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('This coachee is no longer in this coaching space.');
    expect(screen.getByRole('link', { name: 'Back to your coachees' })).toHaveAttribute('href', '/coach');
  });
});

describe('one of a coachee’s results', () => {
  it('shows the result under its title and keeps the coach’s private note on it', async () => {
    const { user } = renderApp(`/coach/${SAM_LINK}/results/response-1`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Compassionate leadership self-assessment' })).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Your private note' });
    await user.type(within(form).getByRole('textbox', { name: 'Note on this result' }), 'Helping scores rose after the rota change.');
    await user.click(within(form).getByRole('button', { name: 'Save note' }));
    expect(await within(form).findByText('Note saved.')).toBeInTheDocument();
    expect(storage.saveCoachNote.mock.calls[0]![1]).toMatchObject({ linkId: SAM_LINK, responseId: 'response-1', text: 'Helping scores rose after the rota change.' });

    await user.type(within(form).getByRole('textbox', { name: 'Note on this result' }), ' Ask why.');
    await user.click(within(form).getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(storage.saveCoachNote).toHaveBeenCalledTimes(2));
    expect(kept).toHaveLength(1);
    expect(kept[0]!.text).toBe('Helping scores rose after the rota change. Ask why.');
  });
});
