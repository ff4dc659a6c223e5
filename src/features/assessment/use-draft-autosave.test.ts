/** Saving answers while storage is stuck: each one is handed to storage (and sealed) at once, and the newest is stored. */
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { profileDatabaseName } from '../../storage/profile-connection.ts';
import { getDraft } from '../../storage/repositories/drafts-repo.ts';
import { makeDraft, openTestProfile } from '../../testing/factories.ts';
import { holdTables } from '../../testing/hold-storage.ts';
import { useDraftAutosave } from './use-draft-autosave.ts';

describe('draft autosave', () => {
  it('seals an answer given while the last save is stuck in storage at once, and stores the newest', async () => {
    const connection = await openTestProfile();
    const seal = vi.spyOn(connection.vault, 'seal');
    const hook = renderHook(() => useDraftAutosave(connection, makeDraft({ answers: {} })));
    const release = await holdTables(profileDatabaseName(connection.profileId), ['drafts', 'meta']);
    try {
      act(() => hook.result.current.update((d) => ({ ...d, answers: { 'attending-0': 3 } })));
      expect(seal).toHaveBeenCalledTimes(1);
      await new Promise((resolve) => setTimeout(resolve, 20));
      act(() => hook.result.current.update((d) => ({ ...d, answers: { ...d.answers, 'attending-1': 5 } })));
      expect(seal).toHaveBeenCalledTimes(2);
    } finally {
      await release();
    }
    await act(() => hook.result.current.flush());
    expect((await getDraft(connection, 'compassionate-leadership'))?.answers).toEqual({ 'attending-0': 3, 'attending-1': 5 });
    hook.unmount();
  });
});
