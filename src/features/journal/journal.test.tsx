/**
 * The journal as a user meets it: writing with autosave, editing, deleting
 * with undo, search as you type and filters, and the gentle reminder about
 * patient-identifiable details.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../domain/journal/entry.ts';
import { newEntry } from '../../domain/journal/entry.ts';
import { useSession } from '../../state/session-store.ts';
import { getJournalEntry, listAllJournal, saveJournalEntry } from '../../storage/repositories/journal-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';

function connection() {
  return useSession.getState().connection!;
}

async function seed(entries: Array<Partial<JournalEntry> & { day: number }>) {
  await useSession.getState().start();
  for (const [index, { day, ...rest }] of entries.entries()) {
    const created = new Date(Date.UTC(2026, 10, day, 9, index));
    await saveJournalEntry(connection(), { ...newEntry(`e${index}`, created, `2026-11-${String(day).padStart(2, '0')}`), ...rest });
  }
}

describe('writing an entry', () => {
  it('saves as you type, with tags, elements, mood and energy, and becomes the entry’s own page', async () => {
    const { user } = renderApp('/journal/new');
    const text = await screen.findByRole('textbox', { name: 'Your entry' });
    expect(screen.getByText('Not saved yet: start writing')).toBeInTheDocument();
    await user.type(text, 'Handover ran late.{Enter}I stayed calm.');
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'handover, Night shift');
    await user.click(screen.getByRole('checkbox', { name: 'Attending' }));
    await user.click(within(screen.getByRole('radiogroup', { name: 'Mood' })).getByRole('radio', { name: 'Good' }));
    await user.click(within(screen.getByRole('radiogroup', { name: 'Energy' })).getByRole('radio', { name: 'Low' }));
    await waitFor(() => expect(screen.getByText('Saved on this device')).toBeInTheDocument());
    await waitFor(async () => {
      const [saved] = (await listAllJournal(connection())).items;
      expect(saved).toMatchObject({ text: 'Handover ran late.\nI stayed calm.', tags: ['handover', 'night shift'], elements: ['attending'], mood: 4, energy: 2 });
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Journal entry' })).toBeInTheDocument();
  });

  it('answers a prompt chosen from the list, keeping its words with the entry', async () => {
    const { user } = renderApp('/journal/new');
    const select = await screen.findByRole('combobox', { name: 'Prompt (optional)' });
    const option = within(select).getAllByRole('option')[3]!;
    await user.selectOptions(select, option);
    await user.type(screen.getByRole('textbox', { name: 'Your entry' }), 'An answer');
    await waitFor(async () => expect((await listAllJournal(connection())).items[0]).toMatchObject({ promptText: option.textContent, text: 'An answer' }));
  });

  it('never saves an untouched new entry', async () => {
    const { user } = renderApp('/journal/new');
    await user.click(await screen.findByRole('button', { name: 'Done' }));
    await screen.findByRole('heading', { level: 1, name: 'Journal' });
    expect((await listAllJournal(connection())).items).toEqual([]);
  });

  it('shows the text as plain text, never as HTML', async () => {
    await seed([{ day: 3, text: '<img src=x onerror="window.__journalXss=1"><b>bold</b>' }]);
    renderApp('/journal');
    const item = await screen.findByRole('link', { name: /3 November 2026/ });
    expect(item).toHaveTextContent('<img src=x onerror="window.__journalXss=1"><b>bold</b>');
    expect(item.querySelector('img, b')).toBeNull();
    expect((window as { __journalXss?: number }).__journalXss).toBeUndefined();
  });
});

describe('marking an entry for a coach', () => {
  it('saves “Share with my coach” with the entry, shows it again on reopening, and removes the mark when unticked', async () => {
    await seed([{ day: 3, text: 'About the rota' }]);
    const { user, unmount } = renderApp('/journal/e0');
    const mark = await screen.findByRole('checkbox', { name: 'Share with my coach' });
    expect(mark).not.toBeChecked();
    await user.click(mark);
    await waitFor(async () => expect((await getJournalEntry(connection(), 'e0'))?.shareWithCoach).toBe(true));
    unmount();

    renderApp('/journal/e0');
    const again = await screen.findByRole('checkbox', { name: 'Share with my coach' });
    expect(again).toBeChecked();
    await user.click(again);
    await waitFor(async () => expect(await getJournalEntry(connection(), 'e0')).not.toHaveProperty('shareWithCoach'));
    expect((await getJournalEntry(connection(), 'e0'))?.text).toBe('About the rota');
  });

  it('marks an entry meant for the coach in the list', async () => {
    await seed([
      { day: 3, text: 'For the coach', shareWithCoach: true },
      { day: 4, text: 'Just for me' },
    ]);
    renderApp('/journal');
    expect(await screen.findByRole('link', { name: /For the coach/ })).toHaveTextContent('For my coach');
    expect(screen.getByRole('link', { name: /Just for me/ })).not.toHaveTextContent('For my coach');
  });
});

describe('editing and deleting', () => {
  it('edits an entry and keeps the change', async () => {
    await seed([{ day: 3, text: 'First draft' }]);
    const { user } = renderApp('/journal/e0');
    const text = await screen.findByRole('textbox', { name: 'Your entry' });
    expect(text).toHaveValue('First draft');
    await user.type(text, ', revised');
    await waitFor(async () => expect((await getJournalEntry(connection(), 'e0'))?.text).toBe('First draft, revised'));
  });

  it('deletes an entry and can undo it, restoring it exactly', async () => {
    await seed([{ day: 3, text: 'Keep me', tags: ['one'] }]);
    const before = await getJournalEntry(connection(), 'e0');
    const { user } = renderApp('/journal/e0');
    await user.click(await screen.findByRole('button', { name: 'Delete entry' }));
    expect(await screen.findByText(/The entry from 3 November 2026 has been deleted/)).toBeInTheDocument();
    expect(await getJournalEntry(connection(), 'e0')).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await getJournalEntry(connection(), 'e0')).toEqual(before));
    expect(await screen.findByRole('link', { name: /Keep me/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });
});

describe('finding entries', () => {
  const entries = [
    { day: 2, text: 'A difficult handover with the night team', tags: ['handover'], elements: ['attending' as const] },
    { day: 9, text: 'Listened to Ana about rota worries', tags: ['rota'], elements: ['understanding' as const] },
    { day: 16, text: 'Café chat about the new rota', tags: ['rota', 'team'], elements: ['empathising' as const] },
    { day: 23, text: 'Cleared the broken hoist problem for the team', tags: ['team'], elements: ['helping' as const] },
  ];

  it('searches every entry as you type, ignoring case and accents', async () => {
    await seed(entries);
    const { user } = renderApp('/journal');
    await screen.findByText('4 entries');
    const search = screen.getByRole('searchbox', { name: 'Search your journal' });
    await user.type(search, 'ROTA');
    expect(await screen.findByText('2 entries match')).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'cafe rota');
    expect(await screen.findByText('1 entry matches')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Matching entries, newest first' });
    expect(within(list).getAllByRole('link').map((l) => l.textContent)).toEqual([expect.stringContaining('Café chat')]);
  });

  it('filters by element, tag and date', async () => {
    await seed(entries);
    const { user } = renderApp('/journal');
    await screen.findByText('4 entries');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'team');
    expect(await screen.findByText('2 entries match')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Element' }), 'helping');
    expect(await screen.findByText('1 entry matches')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await user.type(screen.getByLabelText('From'), '2026-11-05');
    await user.type(screen.getByLabelText('To'), '2026-11-20');
    expect(await screen.findByText('2 entries match')).toBeInTheDocument();
  });

  it('shows a page at a time, never every entry at once', async () => {
    await seed(Array.from({ length: 75 }, (_, i) => ({ day: 1 + (i % 28), text: `Entry number ${i}` })));
    const { user } = renderApp('/journal');
    await screen.findByText('75 entries');
    const list = screen.getByRole('list', { name: 'Entries, newest first' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(30);
    await user.click(screen.getByRole('button', { name: 'Show 30 more' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(60);
  });
});

describe('the reminder about patient details', () => {
  it('appears calmly for a valid NHS number, not for an invalid one, and can be hidden', async () => {
    const { user } = renderApp('/journal/new');
    const text = await screen.findByRole('textbox', { name: 'Your entry' });
    await user.type(text, 'Bed 4, number 943 476 5918.'); // wrong check digit
    expect(screen.queryByText(/gentle reminder about patient details/)).not.toBeInTheDocument();
    await user.clear(text);
    await user.type(text, 'Bed 4, number 943 476 5919.');
    const reminder = await screen.findByRole('status', { name: /gentle reminder about patient details/ });
    expect(reminder).toHaveTextContent('an NHS number');
    expect(reminder).not.toHaveTextContent('943 476 5919');
    expect(text).toHaveValue('Bed 4, number 943 476 5919.'); // nothing blocked
    await user.click(within(reminder).getByRole('button', { name: 'Hide this reminder' }));
    expect(screen.queryByRole('status', { name: /gentle reminder/ })).not.toBeInTheDocument();
  });

  it('appears for a date of birth next to a name', async () => {
    const { user } = renderApp('/journal/new');
    await user.type(await screen.findByRole('textbox', { name: 'Your entry' }), 'Mrs Jane Smith DOB 12/03/1947 was upset.');
    expect(await screen.findByRole('status', { name: /gentle reminder/ })).toHaveTextContent('a date of birth next to a name');
  });
});

describe('the search index', () => {
  it('keeps a save made while it is still loading', async () => {
    await seed([{ day: 1, text: 'One' }]);
    const { loadJournalIndex, readJournalIndex, upsertInIndex } = await import('./journal-index.ts');
    const loading = loadJournalIndex(connection());
    const late = { ...newEntry('late', new Date(Date.UTC(2026, 10, 2)), '2026-11-02'), text: 'Saved during the load' };
    upsertInIndex(connection(), late);
    await loading;
    expect(readJournalIndex(connection())?.entries.map((e) => e.entry.id)).toEqual(['late', 'e0']);
  });
});

describe('locking while a change waits to be saved', () => {
  it('waits for the last words typed before it closes the profile', async () => {
    const { openProfile } = await import('../../storage/profile-connection.ts');
    await useSession.getState().start();
    const profile = useSession.getState().profile!;
    const { user } = renderApp('/journal/new');
    await user.type(await screen.findByRole('textbox', { name: 'Your entry' }), 'Typed just before the lock');
    await act(() => useSession.getState().lock());
    const reopened = await openProfile({ id: profile.id, displayName: profile.displayName, createdAt: '', vault: { scheme: 'plain' } });
    expect((await listAllJournal(reopened)).items.map((e) => e.text)).toEqual(['Typed just before the lock']);
    reopened.database.db.close();
  });
});
