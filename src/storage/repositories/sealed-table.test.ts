import { describe, expect, it } from 'vitest';
import { newEntry } from '../../domain/journal/entry.ts';
import { DEFAULT_PREFERENCES } from '../../domain/preferences.ts';
import { openTestProfile } from '../../testing/factories.ts';
import { deleteJournalEntry, getJournalEntry, listAllJournal, listJournalPage, saveJournalEntry } from './journal-repo.ts';
import { listPracticeLog, savePracticeLog } from './practice-log-repo.ts';
import { getPreferences, savePreferences } from './weekly-repo.ts';

function entry(id: string, day: number) {
  const created = new Date(Date.UTC(2026, 10, day, 9));
  return { ...newEntry(id, created, `2026-11-${String(day).padStart(2, '0')}`), text: `Entry ${id}`, tags: ['handover'] };
}

describe('sealed tables: the journal', () => {
  it('keeps only the id and createdAt in plaintext, and reads the entry back whole', async () => {
    const connection = await openTestProfile();
    const saved = { ...entry('e1', 3), elements: ['attending' as const], mood: 4 };
    await saveJournalEntry(connection, saved);
    const row = (await connection.database.db.table('journal').get('e1')) as Record<string, unknown>;
    expect(Object.keys(row).sort()).toEqual(['createdAt', 'id', 'payload']);
    expect(JSON.stringify(row.payload)).not.toContain('"id"');
    expect(await getJournalEntry(connection, 'e1')).toEqual(saved);
  });

  it('pages entries newest first, and deletes one', async () => {
    const connection = await openTestProfile();
    for (const day of [5, 1, 9, 3, 7]) await saveJournalEntry(connection, entry(`e${day}`, day));
    expect((await listJournalPage(connection, 0, 2)).items.map((e) => e.id)).toEqual(['e9', 'e7']);
    expect((await listJournalPage(connection, 2, 2)).items.map((e) => e.id)).toEqual(['e5', 'e3']);
    await deleteJournalEntry(connection, 'e5');
    expect((await listAllJournal(connection)).items.map((e) => e.id)).toEqual(['e9', 'e7', 'e3', 'e1']);
  });

  it('counts a row that cannot be opened as unreadable, never throwing', async () => {
    const connection = await openTestProfile();
    await saveJournalEntry(connection, entry('mine', 2));
    const intruder = { ...connection, profileId: 'someone-else' };
    expect(await listAllJournal(intruder)).toEqual({ items: [], unreadable: 1 });
    await expect(getJournalEntry(intruder, 'mine')).rejects.toMatchObject({ kind: 'corrupt' });
  });
});

describe('sealed tables: practice log and preferences', () => {
  it('lists practice sessions newest first', async () => {
    const connection = await openTestProfile();
    const base = { loggedAt: '2026-11-01T09:00:00.000Z', practiceId: 'arrive', practiceTitle: 'Arrive', minutes: 1, note: '', elementId: null };
    await savePracticeLog(connection, { ...base, id: 'a', date: '2026-11-01' });
    await savePracticeLog(connection, { ...base, id: 'b', date: '2026-11-03' });
    expect((await listPracticeLog(connection)).items.map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('gives defaults when the saved preferences cannot be opened, leaving the row as it is', async () => {
    const connection = await openTestProfile();
    await savePreferences(connection, { ...DEFAULT_PREFERENCES, hideStreak: true });
    const intruder = { ...connection, profileId: 'someone-else' };
    expect(await getPreferences(intruder)).toEqual(DEFAULT_PREFERENCES);
    expect(await getPreferences(connection)).toMatchObject({ hideStreak: true });
  });

  it('gives defaults until preferences are saved', async () => {
    const connection = await openTestProfile();
    expect(await getPreferences(connection)).toEqual(DEFAULT_PREFERENCES);
    await savePreferences(connection, { ...DEFAULT_PREFERENCES, hideStreak: true });
    expect(await getPreferences(connection)).toMatchObject({ hideStreak: true, dueWeekday: 5 });
  });
});

describe('sealed tables: plaintext index fields', () => {
  it('count a row whose plaintext date was altered as unreadable', async () => {
    const connection = await openTestProfile();
    await saveJournalEntry(connection, entry('moved', 3));
    await saveJournalEntry(connection, entry('kept', 4));
    await connection.database.db.table('journal').update('moved', { createdAt: '2020-01-01T00:00:00.000Z' });
    expect(await listAllJournal(connection)).toMatchObject({ items: [{ id: 'kept' }], unreadable: 1 });
    await expect(getJournalEntry(connection, 'moved')).rejects.toMatchObject({ kind: 'corrupt' });
  });
});
