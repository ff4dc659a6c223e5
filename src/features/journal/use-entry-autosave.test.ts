/**
 * Saving while storage is stuck, and at a lock: every save is handed to
 * storage (and sealed) at once, never queued behind an unfinished one, and
 * a lock's flush seals a change still waiting for its timer.
 */
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { newEntry } from '../../domain/journal/entry.ts';
import { profileDatabaseName } from '../../storage/profile-connection.ts';
import { getJournalEntry } from '../../storage/repositories/journal-repo.ts';
import { openTestProfile } from '../../testing/factories.ts';
import { holdTables } from '../../testing/hold-storage.ts';
import { useEntryAutosave } from './use-entry-autosave.ts';

const initial = newEntry('e1', new Date('2026-11-20T19:00:00.000Z'), '2026-11-20');

async function editor() {
  const connection = await openTestProfile();
  const seal = vi.spyOn(connection.vault, 'seal');
  const hook = renderHook(() => useEntryAutosave(connection, initial, true));
  const type = (text: string) => act(() => hook.result.current.update((entry) => ({ ...entry, text })));
  return { connection, seal, hook, type };
}

describe('journal autosave', () => {
  it('seals what was typed while the last save is stuck in storage at once, and stores the newest', async () => {
    const { connection, seal, hook, type } = await editor();
    const release = await holdTables(profileDatabaseName(connection.profileId), ['journal', 'meta']);
    try {
      type('Handover ran late');
      act(() => {
        void hook.result.current.flush();
      });
      expect(seal).toHaveBeenCalledTimes(1);
      await new Promise((resolve) => setTimeout(resolve, 20));
      type('Handover ran late. I listened anyway.');
      act(() => {
        void hook.result.current.flush();
      });
      expect(seal).toHaveBeenCalledTimes(2);
    } finally {
      await release();
    }
    await act(() => hook.result.current.flush());
    expect((await getJournalEntry(connection, 'e1'))?.text).toBe('Handover ran late. I listened anyway.');
    hook.unmount();
  });

  it('seals a change still waiting for its timer when a lock flushes, before the lock goes on', async () => {
    const { connection, seal, hook, type } = await editor();
    type('Words typed just before the lock');
    expect(seal).not.toHaveBeenCalled();
    connection.database.flushAll();
    expect(seal).toHaveBeenCalledTimes(1);
    expect(seal.mock.calls[0]![0]).toMatchObject({ text: 'Words typed just before the lock' });
    await act(() => hook.result.current.flush());
    expect((await getJournalEntry(connection, 'e1'))?.text).toBe('Words typed just before the lock');
    hook.unmount();
  });

  it('seals the change at once when the editor closes, and a closed editor no longer answers a lock’s flush', async () => {
    const { connection, seal, hook, type } = await editor();
    type('Saved as the editor closes');
    hook.unmount();
    expect(seal).toHaveBeenCalledTimes(1);
    connection.database.flushAll();
    expect(seal).toHaveBeenCalledTimes(1);
    await connection.database.settle();
  });
});
